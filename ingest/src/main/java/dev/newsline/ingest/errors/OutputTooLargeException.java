package dev.newsline.ingest.errors;

/**
 * Thrown by a size check before a record is written: the record would be larger than its topic or the producer
 * accepts. Caught before the producer sees the record, because under exactly-once a send the broker refuses
 * aborts the whole transaction; the exception handlers turn it into an {@code OUTPUT_TOO_LARGE} rejection.
 */
public final class OutputTooLargeException extends RuntimeException {

    public OutputTooLargeException(String topic, long bytes, long limit) {
        super("the record for " + topic + " would have " + bytes + " bytes, more than the " + limit + " it accepts",
                null, false, false);
    }
}
