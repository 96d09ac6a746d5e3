package dev.newsline.sink.bench;

import java.util.Map;

/**
 * The restart phase: the pipeline stopped, {@code articles} new records put on news.raw, then the application
 * started again on the same topics and local state, as an operator's restart. Every time runs from before the models
 * load: to loaded, to RUNNING, to the first output record's append time, to the last expected record read.
 */
public record RestartResult(long articles, long modelLoadMillis, long runningMillis, long firstOutputMillis,
                            long allOutMillis, Map<String, Long> byTopic, boolean timedOut) {
}
