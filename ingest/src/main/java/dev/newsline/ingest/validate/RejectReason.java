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
    /**
     * A field over its limit (docs/operations.md, "Limits"): the JSON {@code id}, {@code url}, {@code source} or
     * the title, a header key or value, or more headers than allowed.
     */
    FIELD_TOO_LONG,
    /**
     * More work than one record may cost: JSON nested too deep, with too many tokens or too long a number or name,
     * or text whose patterns ran past the record's step budget (a pathological run of punctuation or spaces).
     */
    TOO_COMPLEX,
    /** Declared or detected as JSON but not parseable, or not an object. */
    BAD_JSON,
    /** Parsed, but with no body text. */
    NO_BODY,
    /** The record the pipeline would write for it is larger than its output topic or the producer accepts. */
    OUTPUT_TOO_LARGE,
    /** A bug of ours met an input it did not expect; the record is kept so it can be replayed after a fix. */
    INTERNAL_ERROR
}
