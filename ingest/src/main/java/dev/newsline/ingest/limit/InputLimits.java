package dev.newsline.ingest.limit;

/**
 * Every per-record limit of ingest in one place, with what happens past it; docs/operations.md ("Limits")
 * lists them beside {@code newsline.max.article.bytes}. Lengths are in UTF-16 chars, as Java strings count them.
 */
public final class InputLimits {

    /** Longest producer id (JSON {@code id}); longer is FIELD_TOO_LONG. Ids key the dedup index and every output. */
    public static final int MAX_ID_CHARS = 512;
    /** Longest article URL (JSON {@code url} or the {@code url} header); longer is FIELD_TOO_LONG. */
    public static final int MAX_URL_CHARS = 4096;
    /** Longest title, as read (one line, spaces collapsed); longer is FIELD_TOO_LONG. */
    public static final int MAX_TITLE_CHARS = 1000;
    /** Longest source name (JSON {@code source} or the {@code source} header); longer is FIELD_TOO_LONG. */
    public static final int MAX_SOURCE_CHARS = 512;
    /** Longest JSON {@code language} hint that is read (BCP 47 tags fit in 35); a longer one is ignored. */
    public static final int MAX_LANGUAGE_HINT_CHARS = 35;
    /** Longest JSON {@code published_at} string that is read; a longer one is ignored, like any unreadable time. */
    public static final int MAX_TIMESTAMP_CHARS = 64;

    /** Most record headers; more is FIELD_TOO_LONG. */
    public static final int MAX_HEADERS = 64;
    /** Longest header key; longer is FIELD_TOO_LONG. */
    public static final int MAX_HEADER_KEY_CHARS = 256;
    /** Longest header value; longer is FIELD_TOO_LONG. */
    public static final int MAX_HEADER_VALUE_CHARS = 4096;

    /** Most keywords kept from keyword lines; later ones are dropped (the lines still leave the body). */
    public static final int MAX_KEYWORDS = 100;
    /** Most sources kept from source lines; later ones are dropped (the lines still leave the body). */
    public static final int MAX_SOURCES = 20;

    /** Deepest JSON nesting of objects and arrays; deeper is TOO_COMPLEX. An article is a flat object. */
    public static final int MAX_JSON_DEPTH = 32;
    /** Most JSON tokens; more is TOO_COMPLEX. */
    public static final long MAX_JSON_TOKENS = 100_000;
    /** Longest JSON number, in digits; longer is TOO_COMPLEX. */
    public static final int MAX_JSON_NUMBER_CHARS = 100;
    /** Longest JSON field name; longer is TOO_COMPLEX. */
    public static final int MAX_JSON_NAME_CHARS = 1000;

    /**
     * Most start tags ({@code <} and a letter) a web page may hold; more is TOO_COMPLEX, before parsing. Pages of the
     * extraction benchmark have at most 1,800 and large portal pages some 15,000; parsing costs per element, so a
     * page of a million tiny tags never becomes a million nodes.
     */
    public static final int MAX_HTML_TAGS = 50_000;
    /** Deepest element nesting the HTML parser builds; deeper elements become siblings at this depth. */
    public static final int MAX_HTML_DEPTH = 256;
    /** Most JSON-LD blocks read from a page for its metadata; later ones are ignored. */
    public static final int MAX_JSON_LD_BLOCKS = 8;
    /** Longest JSON-LD block read from a page; a longer one is ignored. */
    public static final int MAX_JSON_LD_CHARS = 200_000;

    /** Pattern steps any record may take, whatever its length (a real article takes a few thousand in all). */
    public static final long PATTERN_STEPS_BASE = 200_000;
    /** Pattern steps a record may take per char of decoded text, on top of the base; beyond is TOO_COMPLEX. */
    public static final long PATTERN_STEPS_PER_CHAR = 50;

    // Archives and other multi-article inputs (issue 11, sources): what a source reads before it gives up on
    // an input. An article larger than newsline.max.article.bytes is skipped by the same setting.

    /** Most bytes one archive may expand to; past it the rest of the archive is skipped (a zip bomb's total). */
    public static final long MAX_ARCHIVE_EXPANDED_BYTES = 32L * 1024 * 1024 * 1024;
    /** Most expanded bytes per compressed byte (an entry, or a gzip stream so far); past it the entry or stream is skipped. */
    public static final int MAX_COMPRESSION_RATIO = 100;
    /** Expanded bytes below which the ratio is not checked (a tiny entry may compress extremely well). */
    public static final long RATIO_GRACE_BYTES = 1024 * 1024;
    /** Most entries read from one archive; the rest are skipped (the duplicate-name check remembers each name). */
    public static final int MAX_ARCHIVE_ENTRIES = 1_000_000;

    private InputLimits() {
    }
}
