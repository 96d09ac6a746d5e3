package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.common.utils.Bytes;

/**
 * An article with its order key and the probe keys it is looked up and indexed under.
 *
 * @param article the enriched record
 * @param order   its order key
 * @param probes  exact keys (id, canonical URL, content hash), then one key per LSH band
 * @param sketch  what verifies near candidates, or null for texts too short for near probes
 * @param home    the partition the article waits in for its verdicts, once parked ({@link ArticleParker}), else
 *                {@link ProbeBatch#NO_HOME}
 */
public record Fingerprint(EnrichedArticle article, OrderKey order, List<Bytes> probes, SimilaritySketch sketch,
        int home) implements DedupOutcome {

    /** A fingerprint not parked yet. */
    public Fingerprint(EnrichedArticle article, OrderKey order, List<Bytes> probes, SimilaritySketch sketch) {
        this(article, order, probes, sketch, ProbeBatch.NO_HOME);
    }

    /** This fingerprint, its article waiting in partition {@code partition}. */
    Fingerprint parkedIn(int partition) {
        return new Fingerprint(article, order, probes, sketch, partition);
    }

    /**
     * The probes grouped by the index partition (of {@code partitions}) that owns them: one batch per
     * partition that owns any, keyed by that partition, each naming the article's home.
     */
    public List<KeyValue<Integer, ProbeBatch>> batches(int partitions) {
        Map<Integer, List<Bytes>> byOwner = new TreeMap<>();
        for (Bytes probe : probes) {
            byOwner.computeIfAbsent(ProbeBatch.owner(probe, partitions), q -> new ArrayList<>()).add(probe);
        }
        List<KeyValue<Integer, ProbeBatch>> out = new ArrayList<>(byOwner.size());
        byOwner.forEach((q, owned) -> out.add(KeyValue.pair(q, new ProbeBatch(order, sketch, owned, home))));
        return out;
    }

    /** Key of everything the gatherer receives about this delivery: id plus delivery hash. */
    public String ref() {
        return Refs.of(order);
    }
}
