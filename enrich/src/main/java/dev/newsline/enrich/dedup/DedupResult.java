package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import org.apache.kafka.streams.kstream.KStream;

/** The two streams dedup splits enriched articles into. */
public record DedupResult(KStream<String, EnrichedArticle> originals, KStream<String, DuplicateArticle> duplicates) {
}
