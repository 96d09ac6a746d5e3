package dev.newsline.ingest.model;

import java.time.Instant;
import java.util.Map;

/**
 * One bad input on {@code news.rejected}: reason code, one-line message, and the original bytes
 * (base64) and headers, so it can be replayed after a fix.
 *
 * @param originalTruncated true when {@code originalBase64} holds only the first part of the raw record, cut so
 *                          that the rejection fits its topic (the message says how much); such a record cannot be
 *                          replayed from here
 */
public record RejectedRecord(
        int schemaVersion,
        String reason,
        String message,
        String stage,
        String originalBase64,
        boolean originalTruncated,
        Map<String, String> headers,
        Origin origin,
        Instant rejectedAt) implements IngestOutcome {

    /** Schema version of rejected records. */
    public static final int SCHEMA_VERSION = 1;

    /** A rejection carrying the whole original. */
    public RejectedRecord(int schemaVersion, String reason, String message, String stage, String originalBase64,
                          Map<String, String> headers, Origin origin, Instant rejectedAt) {
        this(schemaVersion, reason, message, stage, originalBase64, false, headers, origin, rejectedAt);
    }
}
