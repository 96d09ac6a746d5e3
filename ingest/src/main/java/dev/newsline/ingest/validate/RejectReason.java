package dev.newsline.ingest.validate;

/** Why a raw record was sent to {@code news.rejected}. */
public enum RejectReason {
    /** No bytes, or only white space. */
    EMPTY,
    /** Bytes that are not text in any charset we read (binary, control characters). */
    NOT_TEXT,
    /** Text that cannot be decoded reliably (invalid UTF-8 with no plausible legacy charset). */
    BAD_ENCODING,
    /** Larger than {@code newsline.max.article.bytes}. */
    TOO_LARGE,
    /** Declared or detected as JSON but not parseable, or not an object. */
    BAD_JSON,
    /** Parsed, but with no body text. */
    NO_BODY,
    /** The record the pipeline would write for it is larger than its output topic or the producer accepts. */
    OUTPUT_TOO_LARGE,
    /** A bug of ours met an input it did not expect; the record is kept so it can be replayed after a fix. */
    INTERNAL_ERROR
}
