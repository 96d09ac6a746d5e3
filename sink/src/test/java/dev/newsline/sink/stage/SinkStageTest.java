package dev.newsline.sink.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.dedup.DedupResult;
import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.model.Mention;
import dev.newsline.enrich.model.TopicTag;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.topology.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.junit.jupiter.api.Test;

/** Routing: originals to news.enriched and one copy per primary tag; duplicates to news.duplicates. */
class SinkStageTest {

    private static final String IN = "test.enriched-in";

    @Test
    void primaryTagsGetACopyOnTheirOwnTopicAndOthersDoNot() {
        List<String> created = new ArrayList<>();
        try (TopologyTestDriver driver = driver(new Properties(), created)) {
            driver.createInputTopic(IN, new StringSerializer(), EnrichStage.ENRICHED_SERDE.serializer())
                    .pipeInput("a1", article("a1"));

            assertThat(read(driver, Topics.ENRICHED)).containsExactly("a1");
            assertThat(read(driver, "news.country.am")).containsExactly("a1");
            assertThat(read(driver, "news.topic.politics")).containsExactly("a1");
            assertThat(driver.producedTopicNames()).doesNotContain("news.country.us", Topics.DUPLICATES);
            assertThat(created).containsExactly("news.country.am", "news.topic.politics");
        }
    }

    @Test
    void routeAllTagsAlsoCopiesPassingMentions() {
        Properties props = new Properties();
        props.put("newsline.route.tags", "all");
        try (TopologyTestDriver driver = driver(props, new ArrayList<>())) {
            driver.createInputTopic(IN, new StringSerializer(), EnrichStage.ENRICHED_SERDE.serializer())
                    .pipeInput("a1", article("a1"));
            assertThat(read(driver, "news.country.us")).containsExactly("a1");
        }
    }

    private static TopologyTestDriver driver(Properties props, List<String> created) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, EnrichedArticle> in = builder.stream(IN, Consumed.with(Serdes.String(), EnrichStage.ENRICHED_SERDE));
        KStream<String, DuplicateArticle> none = in.filter((k, v) -> false).mapValues(v -> new DuplicateArticle(v, null, 0, null, false));
        SinkStage.build(new DedupResult(in, none), NewslineSettings.from(props), created::addAll);
        return new TopologyTestDriver(builder.build(), StreamsConfigFactory.streamsConfig("dummy:9092", props));
    }

    private static List<String> read(TopologyTestDriver driver, String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer())
                .readKeyValuesToList().stream().map(kv -> kv.key).toList();
    }

    private static EnrichedArticle article(String id) {
        Mention m = new Mention("Armenia", 0, 7, "title");
        return new EnrichedArticle(1, id, "Armenia and the US", "Body.", null, null, Instant.EPOCH, Instant.EPOCH,
                null, List.of(), null, null, List.of(), new DetectedLanguage("en", 0.99),
                List.of(new CountryTag("AM", "Armenia", 3.0, true, List.of(m)),
                        new CountryTag("US", "United States", 0.5, false, List.of(m))),
                List.of(new TopicTag("medtop:11000000", "politics", "politics", null, 2.0, true, List.of(m))),
                "h", "o", "UTF-8", "text", Map.of(), new Origin(Topics.RAW, 0, 0, 0));
    }
}
