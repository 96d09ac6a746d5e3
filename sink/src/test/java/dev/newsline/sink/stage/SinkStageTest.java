package dev.newsline.sink.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.kafka.streams.StreamsConfig;
import java.nio.file.Path;
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
import dev.newsline.ingest.errors.FailureCounter;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.RejectedRecord;
import dev.newsline.ingest.topology.IngestStage;
import dev.newsline.ingest.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.junit.jupiter.api.Test;

/**
 * Routing: originals to news.enriched and one copy per primary tag on the per-tag topics known to exist;
 * duplicates to news.duplicates; an output too large for its topic becomes a rejection.
 */
class SinkStageTest {

    private static final String IN = "test.enriched-in";
    private static final String ARMENIA = "news.country.am";
    private static final String POLITICS = "news.topic.politics";

    @Test
    void primaryTagsGetACopyOnTheirOwnTopicAndOthersDoNot() {
        try (TopologyTestDriver driver = driver(new Properties(), OutputTopics.assumeAll())) {
            pipe(driver, article("a1", "Body."));

            assertThat(keys(driver, Topics.ENRICHED)).containsExactly("a1");
            assertThat(keys(driver, ARMENIA)).containsExactly("a1");
            assertThat(keys(driver, POLITICS)).containsExactly("a1");
            assertThat(driver.producedTopicNames()).doesNotContain("news.country.us", Topics.DUPLICATES);
        }
    }

    @Test
    void aCopyCarriesTheSameBytesAsNewsEnrichedWithoutInternalFields() {
        try (TopologyTestDriver driver = driver(new Properties(), OutputTopics.assumeAll())) {
            pipe(driver, article("a1", "Body.", "AAEC"));

            String enriched = values(driver, Topics.ENRICHED).get(0);
            assertThat(values(driver, ARMENIA)).containsExactly(enriched);
            assertThat(enriched).doesNotContain("original_raw");
        }
    }

    @Test
    void routeAllTagsAlsoCopiesPassingMentions() {
        Properties props = new Properties();
        props.put("newsline.route.tags", "all");
        try (TopologyTestDriver driver = driver(props, OutputTopics.assumeAll())) {
            pipe(driver, article("a1", "Body."));
            assertThat(keys(driver, "news.country.us")).containsExactly("a1");
        }
    }

    @Test
    void routingOffWritesNoCopyAnywhereAndTheArticleStillReachesNewsEnriched() {
        Properties props = new Properties();
        props.put("newsline.route.tags", "off");
        try (TopologyTestDriver driver = driver(props, OutputTopics.assumeAll())) {
            pipe(driver, article("a1", "Body."));

            assertThat(keys(driver, Topics.ENRICHED)).containsExactly("a1");
            assertThat(driver.producedTopicNames()).noneMatch(Topics::isRoutedTopic);
        }
    }

    @Test
    void routingWritesOnlyToTopicsKnownToExistAndCountsTheOthers() {
        long skippedBefore = FailureCounter.ROUTING_SKIPPED.value();
        OutputTopics onlyPolitics = OutputTopics.of(Set.of(POLITICS), Map.of());
        try (TopologyTestDriver driver = driver(new Properties(), onlyPolitics)) {
            pipe(driver, article("a1", "Body."));
            pipe(driver, article("a2", "Body."));

            assertThat(keys(driver, Topics.ENRICHED)).containsExactly("a1", "a2");
            assertThat(keys(driver, POLITICS)).containsExactly("a1", "a2");
            assertThat(driver.producedTopicNames()).doesNotContain(ARMENIA);
            assertThat(FailureCounter.ROUTING_SKIPPED.value() - skippedBefore).isEqualTo(2);
        }
    }

    @Test
    void aTagTopicTooSmallForAnArticleGetsNoCopyOfIt() {
        OutputTopics smallArmenia = OutputTopics.of(Set.of(ARMENIA, POLITICS), Map.of(ARMENIA, 1000));
        try (TopologyTestDriver driver = driver(new Properties(), smallArmenia)) {
            pipe(driver, article("short", "Body."));
            pipe(driver, article("long", "A long body. ".repeat(200)));

            assertThat(keys(driver, Topics.ENRICHED)).containsExactly("short", "long");
            assertThat(keys(driver, POLITICS)).containsExactly("short", "long");
            assertThat(keys(driver, ARMENIA)).containsExactly("short");
        }
    }

    @Test
    void anArticleTooLargeForNewsEnrichedIsRejectedWithItsOriginalAndWrittenNowhereElse() {
        OutputTopics smallEnriched = OutputTopics.of(Set.of(ARMENIA, POLITICS), Map.of(Topics.ENRICHED, 1000));
        try (TopologyTestDriver driver = driver(new Properties(), smallEnriched)) {
            pipe(driver, article("long", "A long body. ".repeat(200)));
            pipe(driver, article("short", "Body."));

            assertThat(keys(driver, Topics.ENRICHED)).containsExactly("short");
            assertThat(keys(driver, ARMENIA)).containsExactly("short");
            assertThat(keys(driver, POLITICS)).containsExactly("short");
            List<RejectedRecord> rejected = driver.createOutputTopic(Topics.REJECTED, new StringDeserializer(),
                    IngestStage.REJECTED_SERDE.deserializer()).readValuesToList();
            assertThat(rejected).singleElement().satisfies(r -> {
                assertThat(r.reason()).isEqualTo("OUTPUT_TOO_LARGE");
                assertThat(r.stage()).isEqualTo("sink");
                assertThat(r.message()).contains(Topics.ENRICHED).doesNotContain("\n");
                assertThat(Base64.getDecoder().decode(r.originalBase64()))
                        .isEqualTo(article("long", "").original().getBytes(StandardCharsets.UTF_8));
                assertThat(r.origin()).isEqualTo(article("long", "").origin());
            });
        }
    }

    private static final Path STATE_DIR = tempDir();

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("sink-stage-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TopologyTestDriver driver(Properties props, OutputTopics topics) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, EnrichedArticle> in = builder.stream(IN, Consumed.with(Serdes.String(), EnrichStage.ENRICHED_SERDE));
        KStream<String, DuplicateArticle> none = in.filter((k, v) -> false).mapValues(v -> new DuplicateArticle(v, null, 0, null, false));
        SinkStage.build(new DedupResult(in, none), NewslineSettings.from(props), topics);
        props.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG, STATE_DIR.toString()); // not shared with parallel builds
        return new TopologyTestDriver(builder.build(), StreamsConfigFactory.streamsConfig("dummy:9092", props));
    }

    private static void pipe(TopologyTestDriver driver, EnrichedArticle article) {
        driver.createInputTopic(IN, new StringSerializer(), EnrichStage.ENRICHED_SERDE.serializer())
                .pipeInput(article.id(), article);
    }

    private static List<String> keys(TopologyTestDriver driver, String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer())
                .readKeyValuesToList().stream().map(kv -> kv.key).toList();
    }

    private static List<String> values(TopologyTestDriver driver, String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer()).readValuesToList();
    }

    private static EnrichedArticle article(String id, String body) {
        return article(id, body, null);
    }

    private static EnrichedArticle article(String id, String body, String originalRaw) {
        Mention m = new Mention("Armenia", 0, 7, "title");
        return new EnrichedArticle(1, id, "Armenia and the US", body, null, null, Instant.EPOCH, Instant.EPOCH,
                null, List.of(), null, null, List.of(), new DetectedLanguage("en", 0.99),
                List.of(new CountryTag("AM", "Armenia", 3.0, true, List.of(m)),
                        new CountryTag("US", "United States", 0.5, false, List.of(m))),
                List.of(new TopicTag("medtop:11000000", "politics", "politics", null, 2.0, true, List.of(m))),
                "h", "original of " + id, "UTF-8", originalRaw, "text", Map.of(), new Origin(Topics.RAW, 0, id.length(), 0));
    }

}
