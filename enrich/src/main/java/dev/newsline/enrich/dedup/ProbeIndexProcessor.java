package dev.newsline.enrich.dedup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Band task of the scatter–gather: for one probe key (partitioned by it), finds the earlier articles that
 * share it, answers with a verdict keyed by the probing delivery, then remembers the prober.
 */
public final class ProbeIndexProcessor implements Processor<Bytes, OrderKey, String, GatherInput> {

    /** Name of the RocksDB window store: probe key → order keys of articles seen in the window. */
    public static final String STORE = "dedup-probe-index";
    /** Candidates per verdict; a hot key (boilerplate) must not make verdicts grow without bound. */
    static final int MAX_CANDIDATES = 8;

    private final DedupSettings settings;
    private WindowStore<Bytes, OrderKey> index;
    private ProcessorContext<String, GatherInput> context;

    ProbeIndexProcessor(DedupSettings settings) {
        this.settings = settings;
    }

    /**
     * Supplier that also declares the store. Entries are filed by processing time with retention = window,
     * so they expire with their segments one window after indexing; matches also need event times within
     * the window.
     */
    public static ProcessorSupplier<Bytes, OrderKey, String, GatherInput> supplier(DedupSettings settings) {
        StoreBuilder<WindowStore<Bytes, OrderKey>> store = storeBuilder(settings.window());
        return new ProcessorSupplier<>() {
            @Override
            public Processor<Bytes, OrderKey, String, GatherInput> get() {
                return new ProbeIndexProcessor(settings);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    static StoreBuilder<WindowStore<Bytes, OrderKey>> storeBuilder(Duration window) {
        // retainDuplicates: many articles share a band key; each put adds an entry instead of replacing.
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(STORE, window, Duration.ofMillis(1), true),
                Serdes.Bytes(), new OrderKeySerde());
    }

    @Override
    public void init(ProcessorContext<String, GatherInput> context) {
        this.context = context;
        this.index = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<Bytes, OrderKey> probe) {
        OrderKey prober = probe.value();
        List<OrderKey> candidates = candidates(index, probe.key(), prober, settings);
        index.put(probe.key(), prober, prober.indexTime());
        ProbeVerdict verdict = new ProbeVerdict(ProbeKind.of(probe.key()), candidates);
        context.forward(probe.withKey(Refs.of(prober)).withValue(GatherInput.verdict(verdict)));
    }

    /** Earlier articles under {@code key} that may be the original of {@code prober}, earliest first. */
    static List<OrderKey> candidates(WindowStore<Bytes, OrderKey> index, Bytes key, OrderKey prober,
                                     DedupSettings settings) {
        long t = prober.indexTime();
        long w = settings.window().toMillis();
        long margin = settings.eventTimeOrderWithin().toMillis();
        List<OrderKey> found = new ArrayList<>();
        try (WindowStoreIterator<OrderKey> it = index.fetch(key, Math.max(0, t - w), t + w)) {
            while (it.hasNext()) {
                KeyValue<Long, OrderKey> entry = it.next();
                if (entry.value.withinWindow(prober, w) && entry.value.mayPrecede(prober, margin)) {
                    found.add(entry.value);
                }
            }
        }
        found.sort(OrderKey.EARLIEST);
        return found.size() > MAX_CANDIDATES ? List.copyOf(found.subList(0, MAX_CANDIDATES)) : found;
    }
}
