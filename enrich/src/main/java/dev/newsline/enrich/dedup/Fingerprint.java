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
 */
public record Fingerprint(EnrichedArticle article, OrderKey order, List<Bytes> probes, SimilaritySketch sketch)
        implements DedupOutcome {

    /**
     * The probes grouped by the index partition (of {@code partitions}) that owns them: one batch per
     * partition that owns any, keyed by that partition.
     */
    public List<KeyValue<Integer, ProbeBatch>> batches(int partitions) {
        Map<Integer, List<Bytes>> byOwner = new TreeMap<>();
        for (Bytes probe : probes) {
            byOwner.computeIfAbsent(ProbeBatch.owner(probe, partitions), q -> new ArrayList<>()).add(probe);
        }
        List<KeyValue<Integer, ProbeBatch>> out = new ArrayList<>(byOwner.size());
        byOwner.forEach((q, owned) -> out.add(KeyValue.pair(q, new ProbeBatch(order, sketch, owned))));
        return out;
    }

    /** Key of everything the gatherer receives about this delivery: id plus delivery hash. */
    public String ref() {
        return Refs.of(order);
    }
}
