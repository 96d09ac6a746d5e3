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
 */
public record Fingerprint(EnrichedArticle article, OrderKey order, List<Bytes> probes) {

    /** Key of everything the gatherer receives about this delivery: id plus delivery hash. */
    public String ref() {
        return Refs.of(order);
    }
}
