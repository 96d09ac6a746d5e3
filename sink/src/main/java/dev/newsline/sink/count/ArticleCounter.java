package dev.newsline.sink.count;

import dev.newsline.sink.latest.ArticleEvent;
import dev.newsline.sink.metrics.PipelineMeters;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Counts each article in its 1-hour and 1-day windows by event time, originals and copies apart, under its
 * {@link CountProfile profile}. An article whose window ended more than the grace period before the
 * newest event time this task has seen is too late: left out of that window and counted as late. Counts are
 * partial per partition; a query adds them up over all partitions (and instances).
 */
public final class ArticleCounter implements Processor<String, ArticleEvent, Void, Void> {

    /** Name of the processor in the topology. */
    public static final String STEP = "sink-count-articles";

    private final Duration grace;
    private final Map<CountWindow, WindowStore<String, Tally>> stores = new EnumMap<>(CountWindow.class);
    private long streamTime = Long.MIN_VALUE;

    ArticleCounter(Duration grace) {
        this.grace = grace;
    }

    /** The counter with its stores; {@code grace} as {@code newsline.counts.grace}. */
    public static ProcessorSupplier<String, ArticleEvent, Void, Void> supplier(Duration grace) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ArticleEvent, Void, Void> get() {
                return new ArticleCounter(grace);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Stream.of(CountWindow.values()).map(w -> ArticleCounts.store(w, grace))
                        .collect(Collectors.toSet());
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        for (CountWindow w : CountWindow.values()) {
            stores.put(w, context.getStateStore(w.storeName()));
        }
    }

    @Override
    public void process(Record<String, ArticleEvent> record) {
        ArticleEvent event = record.value();
        if (event == null || event.article() == null || event.article().eventTime() == null) {
            return;
        }
        if (event.duplicate()) {
            PipelineMeters.duplicate(event.method());
        }
        Instant eventTime = event.article().eventTime();
        streamTime = Math.max(streamTime, eventTime.toEpochMilli());
        String key = CountProfile.of(event.article()).encode();
        for (CountWindow window : CountWindow.values()) {
            Instant start = window.startOf(eventTime);
            if (start.plus(window.size()).plus(grace).toEpochMilli() <= streamTime) {
                PipelineMeters.lateForCounts(window.apiName());
                continue;
            }
            WindowStore<String, Tally> store = stores.get(window);
            long startMs = start.toEpochMilli();
            Tally now = store.fetch(key, startMs);
            store.put(key, (now == null ? Tally.zero() : now).plusOne(event.duplicate()), startMs);
        }
    }
}
