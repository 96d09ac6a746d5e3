package dev.newsline.sink.app;

import dev.newsline.enrich.dedup.DedupResult;
import dev.newsline.enrich.dedup.DedupStage;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.topology.IngestStage;
import dev.newsline.sink.stage.OutputTopics;
import dev.newsline.sink.stage.SinkStage;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.KStream;

/** The whole Newsline topology, stage by stage: ingest → enrich (normalize, language, dedup, tags) → sink. */
public final class NewslineTopology {

    private NewslineTopology() {
    }

    /** Builds the topology for tests: every per-tag topic is assumed to exist, news.raw has the configured partitions. */
    public static Topology build(NewslineSettings settings, Enrichers enrichers) {
        return build(new StreamsBuilder(), settings, enrichers, OutputTopics.assumeAll(), settings.partitions());
    }

    /**
     * Builds the topology with the Streams settings of {@code config} that shape it (such as
     * {@code processor.wrapper.class}); {@code topics} says which per-tag topics exist and how large a record each
     * output topic takes.
     */
    public static Topology build(Properties config, Enrichers enrichers, OutputTopics topics) {
        NewslineSettings settings = NewslineSettings.from(config);
        return build(config, enrichers, topics, settings.partitions());
    }

    /** As {@link #build(Properties, Enrichers, OutputTopics)}, for a news.raw of {@code rawPartitions} partitions. */
    public static Topology build(Properties config, Enrichers enrichers, OutputTopics topics, int rawPartitions) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
        return build(builder, NewslineSettings.from(config), enrichers, topics, rawPartitions);
    }

    private static Topology build(StreamsBuilder builder, NewslineSettings settings, Enrichers enrichers,
                                  OutputTopics topics, int rawPartitions) {
        KStream<String, ParsedArticle> parsed = IngestStage.build(builder, settings);
        KStream<String, EnrichedArticle> enriched = EnrichStage.build(parsed, enrichers);
        DedupResult dedup = DedupStage.build(enriched, settings, rawPartitions);
        SinkStage.build(dedup, settings, topics);
        return builder.build();
    }
}
