package dev.newsline.sink.stage;

import dev.newsline.enrich.dedup.DedupResult;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.ingest.serde.JsonSerde;
import dev.newsline.ingest.topology.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Produced;

/** Stage 3 of the topology: originals → news.enriched, copies → news.duplicates. */
public final class SinkStage {

    /** Serde of records on news.duplicates. */
    public static final Serde<DuplicateArticle> DUPLICATE_SERDE = JsonSerde.of(DuplicateArticle.class);

    private SinkStage() {
    }

    /** Adds the sink stage after dedup. */
    public static void build(DedupResult dedup) {
        dedup.originals()
                .to(Topics.ENRICHED, Produced.with(Serdes.String(), EnrichStage.ENRICHED_SERDE).withName("to-enriched"));
        dedup.duplicates()
                .to(Topics.DUPLICATES, Produced.with(Serdes.String(), DUPLICATE_SERDE).withName("to-duplicates"));
    }
}
