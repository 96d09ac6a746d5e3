package dev.newsline.enrich.dedup;

import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kind of trouble a dedup task survives (a corrupt index value, an article decided after a timeout…):
 * counted in the task's metrics as {@code <name>-total} and {@code <name>-rate} (group
 * {@code stream-dedup-metrics}, tag {@code dedup-id} = the task) and logged the first time only, so a flood
 * of them cannot flood the log.
 */
final class AnomalyCounter {

    /** Metric scope: the group is {@code stream-dedup-metrics}. */
    static final String SCOPE = "dedup";
    private static final Logger LOG = LoggerFactory.getLogger(AnomalyCounter.class);

    private final StreamsMetrics metrics;
    private final Sensor sensor;
    private final String name;
    private final String task;
    private boolean logged;

    AnomalyCounter(ProcessingContext context, String name) {
        this(context, name, false);
    }

    /**
     * A counter of something dedup handles as designed but operators may want to watch (a late claim taken in
     * time): counted like the others, never logged.
     */
    static AnomalyCounter quiet(ProcessingContext context, String name) {
        return new AnomalyCounter(context, name, true);
    }

    private AnomalyCounter(ProcessingContext context, String name, boolean quiet) {
        this.logged = quiet;
        this.metrics = context.metrics();
        this.name = name;
        this.task = context.taskId().toString();
        this.sensor = metrics.addRateTotalSensor(SCOPE, task, name, Sensor.RecordingLevel.INFO);
    }

    /** Counts one occurrence; the first one of this task is also logged with {@code detail}. */
    void record(String detail) {
        sensor.record();
        if (!logged) {
            logged = true;
            LOG.warn("dedup task {}: {}: {} (further ones are counted in metric stream-dedup-metrics {}-total, not logged)",
                    task, name, detail, name);
        }
    }

    void close() {
        metrics.removeSensor(sensor);
    }
}
