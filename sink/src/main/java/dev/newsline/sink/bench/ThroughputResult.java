package dev.newsline.sink.bench;

import java.util.Map;

/**
 * One throughput phase: {@code articles} pre-produced records, from the topology reaching RUNNING to all of them
 * on the output topics; {@code startupMillis} is start() to RUNNING (topic creation included).
 */
public record ThroughputResult(String name, long articles, double seconds, double articlesPerSecond,
                               long startupMillis, Map<String, Long> byTopic, boolean timedOut) {
}
