package dev.newsline.ingest.model;

import java.time.Instant;
import java.util.Map;

/**
 * One bad input on {@code news.rejected}: reason code, one-line message, and the original bytes
 * (base64) and headers, so it can be replayed after a fix.
 */
public record RejectedRecord(
        int schemaVersion,
        String reason,
        String message,
        String stage,
        String originalBase64,
        Map<String, String> headers,
        Origin origin,
        Instant rejectedAt) implements IngestOutcome {

    /** Schema version of rejected records. */
    public static final int SCHEMA_VERSION = 1;
}
