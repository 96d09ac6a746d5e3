package dev.newsline.sink.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Newsline's own meters. Kafka Streams builds processors, interceptors and wrappers itself, so they record into
 * Micrometer's global registry, and each application's {@link ApplicationMetrics} registry is attached to it (in a
 * JVM with two instances, both show the sum of both).
 */
public final class PipelineMeters {

    private static final MeterRegistry GLOBAL = Metrics.globalRegistry;

    private PipelineMeters() {
    }

    /** One record read from {@code topic} by a stream thread. */
    public static void recordIn(String topic, int count) {
        Counter.builder("newsline.records.in").description("records read by the stream threads, per topic")
                .tag("topic", topic).register(GLOBAL).increment(count);
    }

    /** One record sent to {@code topic} by a stream thread (not yet committed). */
    public static void recordOut(String topic) {
        Counter.builder("newsline.records.out").description("records sent by the stream threads, per topic")
                .tag("topic", topic).register(GLOBAL).increment();
    }

    /** One rejection sent to news.rejected. */
    public static void rejection(String reason) {
        Counter.builder("newsline.rejections").description("records sent to news.rejected, per reason")
                .tag("reason", reason).register(GLOBAL).increment();
    }

    /** One copy counted by the sink. */
    public static void duplicate(String method) {
        Counter.builder("newsline.duplicates").description("copies reaching the sink, per dedup method")
                .tag("method", method == null ? "unknown" : method).register(GLOBAL).increment();
    }

    /** An article left out of a count window: it came after the window's grace period. */
    public static void lateForCounts(String window) {
        Counter.builder("newsline.counts.late")
                .description("articles left out of a count window because they came after its grace period")
                .tag("window", window).register(GLOBAL).increment();
    }

    /** Time a stage's processors spent on records, their downstream processors' time excluded. */
    public static void stageTime(String stage, long nanos) {
        Timer.builder("newsline.stage.processing").description("processing time per stage, without downstream stages")
                .tag("stage", stage).register(GLOBAL).record(Duration.ofNanos(nanos));
    }

    /** From a raw record's timestamp to the send of what it became on {@code topic}. */
    public static void endToEnd(String topic, Duration latency) {
        Timer.builder("newsline.end.to.end.latency")
                .description("from the raw record's timestamp to the send of its output record, per output topic")
                .tag("topic", topic).publishPercentiles(0.5, 0.95, 0.99).register(GLOBAL).record(latency);
    }
}
