package dev.newsline.sink.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Newsline's own meters. Kafka Streams builds processors, interceptors and wrappers itself, so they record into
 * Micrometer's global registry, and each application's {@link ApplicationMetrics} registry is attached to it (in a
 * JVM with two instances, both show the sum of both).
 */
public final class PipelineMeters {

    private static final MeterRegistry GLOBAL = Metrics.globalRegistry;

    private static final ByTag<Counter> RECORDS_IN = new ByTag<>(topic -> Counter.builder("newsline.records.in")
            .description("records read by the stream threads, per topic").tag("topic", topic).register(GLOBAL));
    private static final ByTag<Counter> RECORDS_OUT = new ByTag<>(topic -> Counter.builder("newsline.records.out")
            .description("records sent by the stream threads, per topic").tag("topic", topic).register(GLOBAL));
    private static final ByTag<Counter> REJECTIONS = new ByTag<>(reason -> Counter.builder("newsline.rejections")
            .description("records sent to news.rejected, per reason").tag("reason", reason).register(GLOBAL));
    private static final ByTag<Counter> DUPLICATES = new ByTag<>(method -> Counter.builder("newsline.duplicates")
            .description("copies reaching the sink, per dedup method").tag("method", method).register(GLOBAL));
    private static final ByTag<Counter> LATE_FOR_COUNTS = new ByTag<>(window -> Counter.builder("newsline.counts.late")
            .description("articles left out of a count window because they came after its grace period")
            .tag("window", window).register(GLOBAL));
    private static final ByTag<Timer> STAGE_TIME = new ByTag<>(stage -> Timer.builder("newsline.stage.processing")
            .description("processing time per stage, without downstream stages").tag("stage", stage)
            .register(GLOBAL));
    private static final ByTag<Timer> END_TO_END = new ByTag<>(topic -> Timer.builder("newsline.end.to.end.latency")
            .description("from the raw record's timestamp to the send of its output record, per output topic")
            .tag("topic", topic).publishPercentiles(0.5, 0.95, 0.99).register(GLOBAL));

    private PipelineMeters() {
    }

    /** One record read from {@code topic} by a stream thread. */
    public static void recordIn(String topic, int count) {
        RECORDS_IN.get(topic).increment(count);
    }

    /** One record sent to {@code topic} by a stream thread (not yet committed). */
    public static void recordOut(String topic) {
        RECORDS_OUT.get(topic).increment();
    }

    /** One rejection sent to news.rejected. */
    public static void rejection(String reason) {
        REJECTIONS.get(reason).increment();
    }

    /** One copy counted by the sink. */
    public static void duplicate(String method) {
        DUPLICATES.get(method == null ? "unknown" : method).increment();
    }

    /** An article left out of a count window: it came after the window's grace period. */
    public static void lateForCounts(String window) {
        LATE_FOR_COUNTS.get(window).increment();
    }

    /** Time a stage's processors spent on records, their downstream processors' time excluded. */
    public static void stageTime(String stage, long nanos) {
        STAGE_TIME.get(stage).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** From a raw record's timestamp to the send of what it became on {@code topic}. */
    public static void endToEnd(String topic, Duration latency) {
        END_TO_END.get(topic).record(latency);
    }

    /**
     * One meter per tag value, built once: registering through a builder on every record built a meter id and
     * looked it up in the registry each time. The global registry is a composite, so a meter kept here still
     * reaches registries attached later.
     */
    private static final class ByTag<M extends Meter> {
        private final ConcurrentMap<String, M> meters = new ConcurrentHashMap<>();
        private final Function<String, M> register;

        ByTag(Function<String, M> register) {
            this.register = register;
        }

        M get(String tag) {
            M meter = meters.get(tag);
            return meter != null ? meter : meters.computeIfAbsent(tag, register);
        }
    }
}
