package dev.newsline.sink.bench;

import java.util.Map;

/**
 * The latency phase: records sent at {@code offeredRate} per second to the running pipeline, and the time from
 * each raw record's timestamp to its output record's broker append time. Before it, the bench waited
 * {@code drainMillis} for the pipeline to read every record the throughput phase left ({@code unreadAtStart} were
 * still unread if that wait timed out).
 */
public record LatencyResult(double offeredRate, double achievedRate, long sent, Percentiles millis,
                            Map<String, Long> byTopic, boolean timedOut, long drainMillis, long unreadAtStart) {
}
