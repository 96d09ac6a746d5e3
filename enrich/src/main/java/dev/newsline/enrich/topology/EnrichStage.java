package dev.newsline.enrich.topology;

import dev.newsline.enrich.model.EnrichFailure;
import dev.newsline.enrich.model.EnrichOutcome;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.serde.JsonSerde;
import dev.newsline.ingest.topology.IngestStage;
import dev.newsline.ingest.topology.Topics;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/** Stage 2 of the topology: parsed articles → enriched articles keyed by id (failures → news.rejected). */
public final class EnrichStage {

    /** Serde of enriched articles on news.enriched and between stages. */
    public static final Serde<EnrichedArticle> ENRICHED_SERDE = JsonSerde.of(EnrichedArticle.class);

    private EnrichStage() {
    }

    /** Adds the enrich stage after {@code parsed}; returns enriched articles keyed by article id. */
    public static KStream<String, EnrichedArticle> build(KStream<String, ParsedArticle> parsed, Enrichers enrichers) {
        Map<String, KStream<String, EnrichOutcome>> outcomes = parsed
                .process(() -> new EnrichProcessor(enrichers), Named.as("enrich-article"))
                .split(Named.as("enrich-"))
                .branch((id, outcome) -> outcome instanceof EnrichFailure, Branched.as("failed"))
                .defaultBranch(Branched.as("enriched"));

        outcomes.get("enrich-failed")
                .mapValues(outcome -> ((EnrichFailure) outcome).rejected(), Named.as("enrich-as-rejected"))
                .to(Topics.REJECTED, Produced.with(Serdes.String(), IngestStage.REJECTED_SERDE)
                        .withName("enrich-to-rejected"));

        return outcomes.get("enrich-enriched")
                .mapValues(outcome -> (EnrichedArticle) outcome, Named.as("enrich-as-enriched"));
    }
}
