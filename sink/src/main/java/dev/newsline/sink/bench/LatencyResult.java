package dev.newsline.sink.bench;

import java.util.Map;

/**
 * The latency phase: records sent at {@code offeredRate} per second to the running pipeline, and the time from
 * each raw record's timestamp to its output record's broker append time.
 */
public record LatencyResult(double offeredRate, double achievedRate, long sent, Percentiles millis,
                            Map<String, Long> byTopic, boolean timedOut) {
}
