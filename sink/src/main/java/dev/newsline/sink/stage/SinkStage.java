package dev.newsline.sink.stage;

import dev.newsline.enrich.dedup.DedupResult;
import dev.newsline.enrich.dedup.VerdictGatherer;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.NewslineSettings.TagRouting;
import dev.newsline.ingest.errors.PipelineStage;
import dev.newsline.ingest.serde.JsonSerde;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.count.ArticleCounter;
import dev.newsline.sink.latest.ArticleEvent;
import dev.newsline.sink.latest.LatestArticles;
import dev.newsline.sink.latest.LatestArticlesProcessor;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Stage 3 of the topology: originals → news.enriched (and a copy per primary tag on news.country.* and
 * news.topic.*), copies → news.duplicates. Each record is written as JSON once and its size checked against its
 * topic before anything is sent: too large, it becomes a rejection instead. An original's JSON is usually written
 * already, when dedup parked it ({@link VerdictGatherer#OUTPUT_JSON}): those bytes are used. Routing writes only to per-tag topics
 * known to exist and never waits on the cluster; its processors are named {@code route-} so that their failures
 * cost only the copies. Originals and copies also feed the sink's state: windowed counts and the latest articles
 * ({@code dev.newsline.sink.count}, {@code dev.newsline.sink.latest}), which the HTTP API queries.
 */
public final class SinkStage {

    /** Serde of records on news.duplicates. */
    public static final Serde<DuplicateArticle> DUPLICATE_SERDE = JsonSerde.of(DuplicateArticle.class);
    /** Name of the repartition topic the counts and latest-articles state read (originals and copies). */
    public static final String STATE_TOPIC = "sink-articles";

    private SinkStage() {
    }

    /** Adds the sink stage after dedup. */
    public static void build(DedupResult dedup, NewslineSettings settings, OutputTopics topics) {
        KStream<String, Encoded<EnrichedArticle>> originals = dedup.originals()
                .processValues(() -> new OutputEncoder<>(Topics.ENRICHED, a -> a, EnrichedArticle::forOutput,
                        EnrichStage.ENRICHED_SERDE.serializer(), VerdictGatherer.OUTPUT_JSON::take,
                        topics.maxValueBytes(Topics.ENRICHED)),
                        Named.as("sink-encode-enriched"));
        originals.to(Topics.ENRICHED, Produced.with(Serdes.String(), SinkStage.<EnrichedArticle>written())
                .withName("sink-to-enriched"));

        KStream<String, Encoded<DuplicateArticle>> duplicates = dedup.duplicates()
                .processValues(() -> new OutputEncoder<>(Topics.DUPLICATES, DuplicateArticle::article,
                        SinkStage::forOutput, DUPLICATE_SERDE.serializer(), topics.maxValueBytes(Topics.DUPLICATES)),
                        Named.as("sink-encode-duplicate"));
        duplicates.to(Topics.DUPLICATES, Produced.with(Serdes.String(), SinkStage.<DuplicateArticle>written())
                .withName("sink-to-duplicates"));

        buildState(originals, duplicates, settings);

        if (settings.routeTags() != TagRouting.OFF) {
            TagRouter router = new TagRouter(settings.routeTags(), topics);
            originals
                    .flatMapValues(e -> router.route(e.value(), e.json()),
                            Named.as(PipelineStage.ROUTING_PREFIX + "by-tag"))
                    .to((id, routed, context) -> routed.topic(), Produced.with(Serdes.String(), routedSerde())
                            .withName(PipelineStage.ROUTING_PREFIX + "to-tag-topics"));
        }
    }

    /**
     * Counts and latest articles: originals and copies keyed by the original's id and repartitioned, so that an
     * original and its copies meet in one partition (and one instance) whatever dedup keys them by. Only what was
     * written to an output topic is counted and listed, and it travels as the bytes written there.
     */
    private static void buildState(KStream<String, Encoded<EnrichedArticle>> written,
                                   KStream<String, Encoded<DuplicateArticle>> writtenCopies, NewslineSettings settings) {
        KStream<String, ArticleEvent> originals = written
                .map((key, e) -> KeyValue.pair(e.value().id(), ArticleEvent.original(e.value(), e.json())),
                        Named.as("sink-key-original"));
        KStream<String, ArticleEvent> copies = writtenCopies
                .map((key, e) -> KeyValue.pair(e.value().duplicateOf(), ArticleEvent.copy(e.value(), e.json())),
                        Named.as("sink-key-copy"));
        KStream<String, ArticleEvent> events = originals.merge(copies, Named.as("sink-originals-and-copies"))
                .repartition(Repartitioned.with(Serdes.String(), LatestArticles.EVENT_SERDE).withName(STATE_TOPIC));
        events.process(LatestArticlesProcessor.supplier(settings.latestArticles()),
                Named.as(LatestArticlesProcessor.STEP));
        events.process(ArticleCounter.supplier(settings.countsGrace()), Named.as(ArticleCounter.STEP));
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
