package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.serde.JsonSerde;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Gather side (partitioned by delivery ref): holds an article until the verdict of every probe it scattered
 * has arrived, then decides original or duplicate and forwards the decision keyed by article id.
 */
public final class VerdictGatherer implements Processor<String, GatherInput, String, DedupVerdict> {

    /** Name of the RocksDB key-value store: delivery ref → article and verdicts so far. */
    public static final String STORE = "dedup-gather";

    private final DedupSettings settings;
    private KeyValueStore<String, Pending> pending;
    private ProcessorContext<String, DedupVerdict> context;

    /**
     * An article waiting for its verdicts (either part may arrive first).
     *
     * @param article  the article, once it has arrived
     * @param expected verdicts to await (known with the article)
     * @param verdicts verdicts so far
     */
    public record Pending(EnrichedArticle article, int expected, List<ProbeVerdict> verdicts) {
    }

    VerdictGatherer(DedupSettings settings) {
        this.settings = settings;
    }

    /** Supplier that also declares the store. */
    public static ProcessorSupplier<String, GatherInput, String, DedupVerdict> supplier(DedupSettings settings) {
        StoreBuilder<KeyValueStore<String, Pending>> store = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORE), Serdes.String(), JsonSerde.of(Pending.class));
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, GatherInput, String, DedupVerdict> get() {
                return new VerdictGatherer(settings);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, DedupVerdict> context) {
        this.context = context;
        this.pending = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, GatherInput> record) {
        GatherInput in = record.value();
        Pending p = pending.get(record.key());
        EnrichedArticle article = p == null ? null : p.article();
        int expected = p == null ? 0 : p.expected();
        List<ProbeVerdict> verdicts = new ArrayList<>(p == null ? List.of() : p.verdicts());
        if (in.article() != null) {
            article = in.article();
            expected = in.expected();
        } else {
            verdicts.add(in.verdict());
        }
        if (article != null && verdicts.size() >= expected) {
            pending.delete(record.key());
            context.forward(record.withKey(article.id()).withValue(decide(article, verdicts, settings)));
        } else {
            pending.put(record.key(), new Pending(article, expected, verdicts));
        }
    }

    /**
     * The decision from all verdicts: the earliest candidate matched exactly (method of its strongest
     * match), else the candidate sharing the most bands (enough of them), else original.
     */
    static DedupVerdict decide(EnrichedArticle article, List<ProbeVerdict> verdicts, DedupSettings settings) {
        Map<OrderKey, ProbeKind> exact = new HashMap<>();
        Map<OrderKey, Integer> bands = new HashMap<>();
        for (ProbeVerdict v : verdicts) {
            for (OrderKey c : v.candidates()) {
                if (v.kind().exact()) {
                    exact.merge(c, v.kind(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                } else {
                    bands.merge(c, 1, Integer::sum);
                }
            }
        }
        OrderKey self = Fingerprinter.orderKey(article);
        if (!exact.isEmpty()) {
            OrderKey original = exact.keySet().stream().min(OrderKey.EARLIEST).orElseThrow();
            return new DedupVerdict(article, original.id(), 1.0, exact.get(original).method(),
                    OrderKey.EARLIEST.compare(self, original) < 0);
        }
        // Most shared bands first: a rewrite that took in a paragraph of another article stays with its source.
        Comparator<Map.Entry<OrderKey, Integer>> best = Map.Entry.<OrderKey, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(OrderKey.EARLIEST));
        return bands.entrySet().stream()
                .filter(e -> e.getValue() >= settings.minBands())
                .filter(e -> settings.similarityFromBands(e.getValue()) >= settings.minSimilarity())
                .min(best)
                .map(e -> new DedupVerdict(article, e.getKey().id(),
                        round(settings.similarityFromBands(e.getValue())), ProbeKind.BAND.method(),
                        OrderKey.EARLIEST.compare(self, e.getKey()) < 0))
                .orElse(DedupVerdict.original(article));
    }

    private static double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }

}
