package dev.newsline.sink.bench;

import java.util.Map;

/**
 * What arrived on the output topics in one phase: records per topic, the broker append time of the first one,
 * when the last expected one was read ({@link System#nanoTime()}), and whether the wait timed out.
 */
public record OutputCount(Map<String, Long> byTopic, long firstAppendMillis, long doneNanos, boolean timedOut) {

    /** Records on all the topics together. */
    public long total() {
        return byTopic.values().stream().mapToLong(Long::longValue).sum();
    }
}
