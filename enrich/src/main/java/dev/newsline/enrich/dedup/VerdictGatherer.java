package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.serde.JsonSerde;
import java.util.ArrayList;
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
     * @param sketch   the article's similarity sketch (with the article)
     * @param verdicts verdicts so far
     */
    public record Pending(EnrichedArticle article, int expected, SimilaritySketch sketch, List<ProbeVerdict> verdicts) {
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
        SimilaritySketch sketch = p == null ? null : p.sketch();
        List<ProbeVerdict> verdicts = new ArrayList<>(p == null ? List.of() : p.verdicts());
        if (in.article() != null) {
            article = in.article();
            expected = in.expected();
            sketch = in.sketch();
        } else {
            verdicts.add(in.verdict());
        }
        if (article != null && verdicts.size() >= expected) {
            pending.delete(record.key());
            context.forward(record.withKey(article.id()).withValue(decide(article, sketch, verdicts, settings)));
        } else {
            pending.put(record.key(), new Pending(article, expected, sketch, verdicts));
        }
    }

    /**
     * The decision from all verdicts: the earliest candidate matched exactly (method of its strongest
     * match), else the near candidate most similar by sketch among those that pass the copy rule, else
     * original.
     */
    static DedupVerdict decide(EnrichedArticle article, SimilaritySketch sketch, List<ProbeVerdict> verdicts,
            DedupSettings settings) {
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
                    self.publishedBefore(original));
        }
        if (sketch == null) {
            return DedupVerdict.original(article);
        }
        // Bands only nominate; the sketch decides. Most similar first: a rewrite that took in one paragraph
        // of another article stays with its source.
        OrderKey best = null;
        double bestSimilarity = -1;
        for (Map.Entry<OrderKey, Integer> e : bands.entrySet()) {
            OrderKey c = e.getKey();
            if (e.getValue() < settings.minBands() || c.sketch() == null) {
                continue;
            }
            double j = sketch.jaccard(c.sketch());
            boolean better = j > bestSimilarity || (j == bestSimilarity && OrderKey.EARLIEST.compare(c, best) < 0);
            if (settings.isCopy(j, sketch.containment(c.sketch(), j)) && better) {
                best = c;
                bestSimilarity = j;
            }
        }
        if (best == null) {
            return DedupVerdict.original(article);
        }
        return new DedupVerdict(article, best.id(), round(bestSimilarity), ProbeKind.BAND.method(),
                self.publishedBefore(best));
    }

    private static double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }

}
