package dev.newsline.ingest.errors;

import java.util.concurrent.atomic.LongAdder;

/**
 * How often each kind of failure was handled in this JVM. Kafka Streams builds the handlers itself, so the
 * counts live here rather than in an object passed around; tests and the application read them.
 */
public enum FailureCounter {
    /** Records an exception handler turned into a rejection on news.rejected. */
    REJECTED,
    /** Internal records (no article in them) an exception handler rejected with their own bytes. */
    INTERNAL_RECORD_REJECTED,
    /** Per-tag copies not written because their topic is not known to exist or is too small for them. */
    ROUTING_SKIPPED,
    /** Per-tag copies lost to an exception in routing or in writing them; the article itself was not affected. */
    ROUTING_FAILED,
    /** Records read with a negative timestamp, given another one instead. */
    TIMESTAMP_REPLACED,
    /** Stream threads replaced after an uncaught exception. */
    THREAD_REPLACED;

    private final LongAdder count = new LongAdder();

    /** Counts one more. */
    public void increment() {
        count.increment();
    }

    /** The count so far. */
    public long value() {
        return count.sum();
    }
}
