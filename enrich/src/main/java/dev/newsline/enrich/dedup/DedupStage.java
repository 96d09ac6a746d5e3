package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.config.NewslineSettings;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/** Dedup part of the enrich stage: splits enriched articles into originals and duplicates. */
public final class DedupStage {

    private DedupStage() {
    }

    /** Adds dedup after {@code enriched} (keyed by article id). */
    public static DedupResult build(KStream<String, EnrichedArticle> enriched, NewslineSettings settings) {
        KStream<String, DuplicateArticle> none = enriched
                .filter((id, article) -> false, Named.as("dedup-none-yet"))
                .mapValues(article -> new DuplicateArticle(article, null, 0, null), Named.as("dedup-as-duplicate"));
        return new DedupResult(enriched, none);
    }
}
