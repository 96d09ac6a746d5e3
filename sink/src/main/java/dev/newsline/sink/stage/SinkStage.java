package dev.newsline.sink.stage;

import dev.newsline.enrich.dedup.DedupResult;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.serde.JsonSerde;
import dev.newsline.ingest.topology.Topics;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Stage 3 of the topology: originals → news.enriched (and a copy per primary tag on news.country.* and
 * news.topic.*), copies → news.duplicates.
 */
public final class SinkStage {

    /** Serde of records on news.duplicates. */
    public static final Serde<DuplicateArticle> DUPLICATE_SERDE = JsonSerde.of(DuplicateArticle.class);

    private SinkStage() {
    }

    /** Adds the sink stage after dedup. */
    public static void build(DedupResult dedup, NewslineSettings settings, TopicProvisioner provisioner) {
        KStream<String, EnrichedArticle> originals = dedup.originals();
        originals.to(Topics.ENRICHED, Produced.with(Serdes.String(), EnrichStage.ENRICHED_SERDE).withName("to-enriched"));
        dedup.duplicates().to(Topics.DUPLICATES, Produced.with(Serdes.String(), DUPLICATE_SERDE).withName("to-duplicates"));

        TagRouter router = new TagRouter(settings.routeAllTags());
        originals
                .flatMapValues(article -> {
                    List<RoutedArticle> routed = router.route(article);
                    provisioner.ensure(routed.stream().map(RoutedArticle::topic).toList());
                    return routed;
                }, Named.as("route-by-tag"))
                .to((id, routed, context) -> routed.topic(),
                        Produced.with(Serdes.String(), routedSerde()).withName("to-tag-topics"));
    }

    /** Writes only the article: subscribers of a tag topic see the same records as on news.enriched. */
    private static Serde<RoutedArticle> routedSerde() {
        Serializer<EnrichedArticle> article = EnrichStage.ENRICHED_SERDE.serializer();
        return Serdes.serdeFrom((topic, routed) -> routed == null ? null : article.serialize(topic, routed.article()),
                (topic, bytes) -> {
                    throw new UnsupportedOperationException("routed articles are only written");
                });
    }
}
