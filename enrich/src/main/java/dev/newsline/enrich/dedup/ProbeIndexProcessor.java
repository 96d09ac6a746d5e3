package dev.newsline.enrich.dedup;

import dev.newsline.ingest.validate.Rejections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Index task of the scatter–gather: for each probe of a batch (the probes of one article this partition
 * owns), finds the earlier articles that share it and remembers the prober; answers with one record, keyed by
 * the probing delivery and bound for the article's home partition, holding a verdict per probe. Every probe
 * of a readable batch gets exactly one verdict: a failure answering it becomes an error verdict, so the
 * gatherer can count the article's verdicts complete and reject it instead of waiting for ever.
 *
 * <p>A prober may also be the original of entries already here: articles processed after it whose probes came
 * first (another thread or instance committed sooner). Each of those gets a late batch naming the prober, which
 * its gatherer adds while that article still waits (docs/dedup.md, Late claims).
 */
public final class ProbeIndexProcessor implements Processor<Integer, ProbeBatch, String, VerdictBatch> {

    /** Name of the RocksDB store: time bucket + probe key → order keys of articles seen in the window. */
    public static final String STORE = ProbeIndex.STORE;
    /** Candidates per verdict; a hot key (boilerplate) must not make verdicts grow without bound. */
    static final int MAX_CANDIDATES = ProbeIndex.MAX_ENTRIES;

    /** Processor name, named in error verdicts and in the rejections they lead to. */
    static final String STEP = "dedup-probe-index";

    private final DedupSettings settings;
    private final UnaryOperator<KeyValueStore<Bytes, byte[]>> storeView;
    private ProbeIndex index;
    private ProcessorContext<String, VerdictBatch> context;
    private AnomalyCounter corruptValues;
    private AnomalyCounter unreadableProbes;
    private AnomalyCounter failedProbes;

    ProbeIndexProcessor(DedupSettings settings) {
        this(settings, UnaryOperator.identity());
    }

    /**
     * Test seam: {@code storeView} wraps the task's index store (identity in production), so a test can make
     * the store fail and watch the error path end to end.
     */
    ProbeIndexProcessor(DedupSettings settings, UnaryOperator<KeyValueStore<Bytes, byte[]>> storeView) {
        this.settings = settings;
        this.storeView = storeView;
    }

    /** Supplier that also declares the store; {@code storeView} is the test seam (identity in production). */
    static ProcessorSupplier<Integer, ProbeBatch, String, VerdictBatch> supplier(DedupSettings settings,
            UnaryOperator<KeyValueStore<Bytes, byte[]>> storeView) {
        StoreBuilder<KeyValueStore<Bytes, byte[]>> store = ProbeIndex.storeBuilder();
        return new ProcessorSupplier<>() {
            @Override
            public Processor<Integer, ProbeBatch, String, VerdictBatch> get() {
                return new ProbeIndexProcessor(settings, storeView);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, VerdictBatch> context) {
        this.context = context;
        this.corruptValues = new AnomalyCounter(context, "probe-index-corrupt-values");
        this.unreadableProbes = new AnomalyCounter(context, "probe-index-unreadable-probes");
        this.failedProbes = new AnomalyCounter(context, "probe-index-failed-probes");
        KeyValueStore<Bytes, byte[]> store = storeView.apply(context.getStateStore(STORE));
        this.index = new ProbeIndex(store, settings.window().toMillis(), corruptValues::record);
    }

    @Override
    public void process(Record<Integer, ProbeBatch> record) {
        ProbeBatch batch = record.value();
        if (batch == null) {
            // Bytes ProbeBatchSerde could not read: there is no delivery to answer. The gatherer's timeout
            // decides that article with the verdicts it has.
            unreadableProbes.record("a probe batch that does not decode");
            return;
        }
        List<ProbeVerdict> verdicts = new ArrayList<>(batch.probes().size());
        Map<String, LateClaim> claims = new LinkedHashMap<>();
        for (Bytes probe : batch.probes()) {
            try {
                verdicts.add(answer(probe, batch.prober(probe), claims));
            } catch (RuntimeException e) {
                TaskLoss.rethrowIfTaskLost(e);
                String error = DedupRejections.message(STEP, Rejections.internalError(e).message());
                failedProbes.record(error);
                verdicts.add(ProbeVerdict.failed(kindOrNull(probe), error));
            }
        }
        // forwarded outside the try: a failure to send is not a probe failing, and must not be swallowed
        context.forward(record.withKey(Refs.of(batch.order())).withValue(new VerdictBatch(batch.home(), verdicts)));
        for (Map.Entry<String, LateClaim> claim : claims.entrySet()) {
            LateClaim c = claim.getValue();
            context.forward(record.withKey(claim.getKey()).withValue(new VerdictBatch(c.home(), c.verdicts(), true)));
        }
    }

    private ProbeVerdict answer(Bytes key, OrderKey prober, Map<String, LateClaim> claims) {
        ProbeKind kind = ProbeKind.of(key);
        index.expire(prober.indexTime());
        List<OrderKey> entries = index.entries(key, prober.indexTime());
        for (OrderKey later : claimed(entries, prober, settings)) {
            claims.computeIfAbsent(Refs.of(later), ref -> new LateClaim(homeOf(later), new ArrayList<>()))
                    .verdicts().add(new ProbeVerdict(kind, List.of(prober)));
        }
        index.add(key, prober);
        return new ProbeVerdict(kind, candidates(entries, prober, settings));
    }

    /** Late verdicts for one article already indexed, and where it waits. */
    private record LateClaim(int home, List<ProbeVerdict> verdicts) {
    }

    /**
     * The partition an indexed article waits in: its delivery's news.raw partition, which is its task's
     * ({@link ArticleParker}). A delivery made up without a raw record names some partition where nothing waits,
     * and the gatherer there drops the claim.
     */
    static int homeOf(OrderKey k) {
        return Fingerprinter.partition(k.delivery());
    }

    private static ProbeKind kindOrNull(Bytes key) {
        try {
            return ProbeKind.of(key);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        corruptValues.close();
        unreadableProbes.close();
        failedProbes.close();
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
            if (inWindow(e, prober, w) && e.mayPrecede(prober, margin)) {
                found.add(e);
            }
        }
        found.sort(OrderKey.EARLIEST);
        return found.size() > MAX_CANDIDATES ? List.copyOf(found.subList(0, MAX_CANDIDATES)) : found;
    }

    /**
     * The entries {@code prober} may be the original of, by the same rule as {@link #candidates} the other way
     * round: indexed before it, yet processed after it. Normally none; at most {@link #MAX_CANDIDATES}.
     */
    static List<OrderKey> claimed(List<OrderKey> entries, OrderKey prober, DedupSettings settings) {
        long w = settings.window().toMillis();
        long margin = settings.eventTimeOrderWithin().toMillis();
        List<OrderKey> found = new ArrayList<>(0);
        for (OrderKey e : entries) {
            if (found.size() < MAX_CANDIDATES && inWindow(e, prober, w) && prober.mayPrecede(e, margin)) {
                found.add(e);
            }
        }
        return found;
    }

    /** Whether {@code e} was indexed, and happened, within {@code windowMs} of {@code prober}. */
    private static boolean inWindow(OrderKey e, OrderKey prober, long windowMs) {
        return Math.abs(e.indexTime() - prober.indexTime()) <= windowMs && e.withinWindow(prober, windowMs);
    }
}
