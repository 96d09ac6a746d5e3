package dev.newsline.sink.app;

import dev.newsline.enrich.dedup.DedupResult;
import dev.newsline.enrich.dedup.DedupStage;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.topology.IngestStage;
import dev.newsline.sink.stage.SinkStage;
import dev.newsline.sink.stage.TopicProvisioner;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;

/** The whole Newsline topology, stage by stage: ingest → enrich (normalize, language, dedup, tags) → sink. */
public final class NewslineTopology {

    private NewslineTopology() {
    }

    /** Builds the topology for tests: per-tag topics are assumed to exist. */
    public static Topology build(NewslineSettings settings, Enrichers enrichers) {
        return build(settings, enrichers, TopicProvisioner.NONE);
    }

    /** Builds the topology; {@code enrichers} are the loaded models and gazetteers. */
    public static Topology build(NewslineSettings settings, Enrichers enrichers, TopicProvisioner provisioner) {
        StreamsBuilder builder = new StreamsBuilder();

        KStream<String, ParsedArticle> parsed = IngestStage.build(builder, settings);
        KStream<String, EnrichedArticle> enriched = EnrichStage.build(parsed, enrichers);
        DedupResult dedup = DedupStage.build(enriched, settings);
        SinkStage.build(dedup, settings, provisioner);

        return builder.build();
    }
}
