package dev.newsline.sink.stage;

import dev.newsline.enrich.dedup.DedupResult;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.NewslineSettings.TagRouting;
import dev.newsline.ingest.errors.PipelineStage;
import dev.newsline.ingest.serde.JsonSerde;
import dev.newsline.ingest.topology.Topics;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Stage 3 of the topology: originals → news.enriched (and a copy per primary tag on news.country.* and
 * news.topic.*), copies → news.duplicates. Each record is written as JSON once and its size checked against its
 * topic before anything is sent: too large, it becomes a rejection instead. Routing writes only to per-tag topics
 * known to exist and never waits on the cluster; its processors are named {@code route-} so that their failures
 * cost only the copies.
 */
public final class SinkStage {

    /** Serde of records on news.duplicates. */
    public static final Serde<DuplicateArticle> DUPLICATE_SERDE = JsonSerde.of(DuplicateArticle.class);

    private SinkStage() {
    }

    /** Adds the sink stage after dedup. */
    public static void build(DedupResult dedup, NewslineSettings settings, OutputTopics topics) {
        KStream<String, Encoded<EnrichedArticle>> originals = dedup.originals()
                .processValues(() -> new OutputEncoder<>(Topics.ENRICHED, a -> a, EnrichedArticle::forOutput,
                        EnrichStage.ENRICHED_SERDE.serializer(), topics.maxValueBytes(Topics.ENRICHED)),
                        Named.as("sink-encode-enriched"));
        originals.to(Topics.ENRICHED, Produced.with(Serdes.String(), SinkStage.<EnrichedArticle>written())
                .withName("sink-to-enriched"));

        dedup.duplicates()
                .processValues(() -> new OutputEncoder<>(Topics.DUPLICATES, DuplicateArticle::article,
                        SinkStage::forOutput, DUPLICATE_SERDE.serializer(), topics.maxValueBytes(Topics.DUPLICATES)),
                        Named.as("sink-encode-duplicate"))
                .to(Topics.DUPLICATES, Produced.with(Serdes.String(), SinkStage.<DuplicateArticle>written())
                        .withName("sink-to-duplicates"));

        if (settings.routeTags() != TagRouting.OFF) {
            TagRouter router = new TagRouter(settings.routeTags(), topics);
            originals
                    .flatMapValues(e -> router.route(e.value(), e.json()),
                            Named.as(PipelineStage.ROUTING_PREFIX + "by-tag"))
                    .to((id, routed, context) -> routed.topic(), Produced.with(Serdes.String(), routedSerde())
                            .withName(PipelineStage.ROUTING_PREFIX + "to-tag-topics"));
        }
    }

    private static DuplicateArticle forOutput(DuplicateArticle d) {
        return new DuplicateArticle(d.article().forOutput(), d.duplicateOf(), d.similarity(), d.method(),
                d.publishedEarlier());
    }

    /** Writes the JSON an {@link OutputEncoder} made. */
    private static <V> Serde<Encoded<V>> written() {
        return Serdes.serdeFrom((topic, encoded) -> encoded == null ? null : encoded.json(), writeOnly());
    }

    /** Writes only the article: subscribers of a tag topic see the same bytes as on news.enriched. */
    private static Serde<RoutedArticle> routedSerde() {
        return Serdes.serdeFrom((topic, routed) -> routed == null ? null : routed.json(), writeOnly());
    }

    private static <T> Deserializer<T> writeOnly() {
        return (topic, bytes) -> {
            throw new UnsupportedOperationException("output records are only written");
        };
    }
}
