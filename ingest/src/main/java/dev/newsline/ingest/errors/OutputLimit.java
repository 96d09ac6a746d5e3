package dev.newsline.ingest.errors;

/**
 * How large a record value may be so that the whole record fits a limit: the rest is headroom for the key, the
 * Kafka headers copied from the raw record and the batch overhead. Every size check of the pipeline uses it.
 */
public final class OutputLimit {

    /** Bytes kept free for everything in a Kafka record besides its value. */
    public static final int HEADROOM_BYTES = 64 * 1024;

    private OutputLimit() {
    }

    /** The largest value for records of at most {@code maxRecordBytes} (producer request or topic limit). */
    public static int valueBytes(int maxRecordBytes) {
        return Math.max(1024, maxRecordBytes - HEADROOM_BYTES);
    }
}
