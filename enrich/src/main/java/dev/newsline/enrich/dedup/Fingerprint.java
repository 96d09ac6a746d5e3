package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;
import java.util.List;
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

    /** The value scattered with {@code probe}: the order key, with the sketch on band probes only. */
    public OrderKey probeValue(Bytes probe) {
        return ProbeKind.of(probe).exact() ? order : order.withSketch(sketch);
    }

    /** Key of everything the gatherer receives about this delivery: id plus delivery hash. */
    public String ref() {
        return Refs.of(order);
    }
}
