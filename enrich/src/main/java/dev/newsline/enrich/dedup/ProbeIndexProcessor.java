package dev.newsline.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Band task of the scatter–gather: for one probe key (partitioned by it), finds the earlier articles that
 * share it, answers with a verdict keyed by the probing delivery, then remembers the prober.
 */
public final class ProbeIndexProcessor implements Processor<Bytes, OrderKey, String, GatherInput> {

    /** Name of the RocksDB store: time bucket + probe key → order keys of articles seen in the window. */
    public static final String STORE = ProbeIndex.STORE;
    /** Candidates per verdict; a hot key (boilerplate) must not make verdicts grow without bound. */
    static final int MAX_CANDIDATES = ProbeIndex.MAX_ENTRIES;

    private final DedupSettings settings;
    private ProbeIndex index;
    private ProcessorContext<String, GatherInput> context;

    ProbeIndexProcessor(DedupSettings settings) {
        this.settings = settings;
    }

    /** Supplier that also declares the store. */
    public static ProcessorSupplier<Bytes, OrderKey, String, GatherInput> supplier(DedupSettings settings) {
        StoreBuilder<KeyValueStore<Bytes, byte[]>> store = ProbeIndex.storeBuilder();
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

    @Override
    public void init(ProcessorContext<String, GatherInput> context) {
        this.context = context;
        KeyValueStore<Bytes, byte[]> store = context.getStateStore(STORE);
        this.index = new ProbeIndex(store, settings.window().toMillis());
    }

    @Override
    public void process(Record<Bytes, OrderKey> probe) {
        OrderKey prober = probe.value();
        index.expire(prober.indexTime());
        List<OrderKey> candidates = candidates(index.entries(probe.key(), prober.indexTime()), prober, settings);
        index.add(probe.key(), prober);
        ProbeVerdict verdict = new ProbeVerdict(ProbeKind.of(probe.key()), candidates);
        context.forward(probe.withKey(Refs.of(prober)).withValue(GatherInput.verdict(verdict)));
    }

    /**
     * The entries that may be the original of {@code prober}: indexed within the window (processing time),
     * event times within the window, and allowed by the order rule; earliest first.
     */
    static List<OrderKey> candidates(List<OrderKey> entries, OrderKey prober, DedupSettings settings) {
        long w = settings.window().toMillis();
        long margin = settings.eventTimeOrderWithin().toMillis();
        List<OrderKey> found = new ArrayList<>();
        for (OrderKey e : entries) {
            if (Math.abs(e.indexTime() - prober.indexTime()) <= w && e.withinWindow(prober, w)
                    && e.mayPrecede(prober, margin)) {
                found.add(e);
            }
        }
        found.sort(OrderKey.EARLIEST);
        return found.size() > MAX_CANDIDATES ? List.copyOf(found.subList(0, MAX_CANDIDATES)) : found;
    }
}
