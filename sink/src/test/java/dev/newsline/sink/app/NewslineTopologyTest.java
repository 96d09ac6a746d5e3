package dev.newsline.sink.app;

import org.apache.kafka.streams.StreamsConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.SettingKeys;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.model.RejectedRecord;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.IngestStage;
import dev.newsline.ingest.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole topology on TopologyTestDriver: raw records in, one record out per input on the right topic. */
class NewslineTopologyTest {

    private static Enrichers enrichers;

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, RejectedRecord> rejected;
    private TestOutputTopic<String, String> duplicates;

    @BeforeAll
    static void loadModels() {
        enrichers = Enrichers.load(NewslineSettings.defaults());
    }

    @BeforeEach
    void setUp() {
        Properties props = new Properties();
        props.put("newsline.max.article.bytes", "2000");
        // own state dir: tests of parallel builds must not share /tmp/kafka-streams/newsline
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // the driver runs the topology in one thread, in order: no copy's claim can come late
        props.put(SettingKeys.DEDUP_ORIGINAL_HOLD.name(), "PT0S");
        Properties config = StreamsConfigFactory.streamsConfig("dummy:9092", props);
        driver = new TopologyTestDriver(NewslineTopology.build(NewslineSettings.from(config), enrichers), config);
        raw = driver.createInputTopic(Topics.RAW, new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, new StringDeserializer(),
                EnrichStage.ENRICHED_SERDE.deserializer());
        rejected = driver.createOutputTopic(Topics.REJECTED, new StringDeserializer(),
                IngestStage.REJECTED_SERDE.deserializer());
        duplicates = driver.createOutputTopic(Topics.DUPLICATES, new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void aRawArticleBecomesOneEnrichedRecordKeyedByItsId() {
        String text = "\n\nFloods close roads in the north\n\nHeavy rain closed dozens of roads on Monday, officials said.\n";
        raw.pipeInput(text.getBytes(StandardCharsets.UTF_8));

        List<TestRecord<String, EnrichedArticle>> out = enriched.readRecordsToList();
        assertThat(out).hasSize(1);
        EnrichedArticle article = out.get(0).value();
        assertThat(out.get(0).key()).isEqualTo(article.id()).startsWith("content:");
        assertThat(article.title()).isEqualTo("Floods close roads in the north");
        assertThat(article.body()).startsWith("Heavy rain closed");
        assertThat(article.original()).isEqualTo(text);
        assertThat(article.origin().topic()).isEqualTo(Topics.RAW);
        assertThat(rejected.isEmpty()).isTrue();
    }

    @Test
    void theSameArticleDeliveredTwiceGetsTheSameId() throws Exception {
        raw.pipeInput("Title one\n\nThe body of the article, long enough.".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("Title one\n\n\nThe body of the article, long enough.\n".getBytes(StandardCharsets.UTF_8));

        // The first delivery is the article, the second a copy of it: one on each topic, under the same id.
        List<TestRecord<String, EnrichedArticle>> originals = enriched.readRecordsToList();
        List<TestRecord<String, String>> copies = duplicates.readRecordsToList();
        assertThat(originals).hasSize(1);
        assertThat(copies).hasSize(1);
        String id = originals.get(0).key();
        assertThat(id).isEqualTo(originals.get(0).value().id()).startsWith("content:");
        assertThat(copies.get(0).key()).isEqualTo(id);
        JsonNode copy = JsonMapper.get().readTree(copies.get(0).value());
        assertThat(copy.path("id").asText()).isEqualTo(id);
        assertThat(copy.path("duplicate_of").asText()).isEqualTo(id);
        assertThat(copy.path("origin").path("offset").asLong()).isEqualTo(1);
        assertThat(rejected.isEmpty()).isTrue();
    }

    @Test
    void aJsonArticleKeepsTheProducersIdAndUrl() {
        String json = "{\"id\":\"wire-42\",\"url\":\"https://example.org/a?utm_source=x\",\"title\":\"Markets rally\","
                + "\"body\":\"Stocks rose sharply in early trading.\",\"published_at\":\"2024-03-01T10:00:00Z\"}";
        raw.pipeInput(new TestRecord<>(null, json.getBytes(StandardCharsets.UTF_8),
                new RecordHeaders().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8))));
        EnrichedArticle article = enriched.readValue();
        assertThat(article.id()).isEqualTo("wire-42");
        assertThat(article.url()).isEqualTo("https://example.org/a?utm_source=x");
        assertThat(article.format()).isEqualTo("json");
    }

    @Test
    void aSourcesCountryHintFilesADomesticItemNamingNoPlaceUnderItsHome() {
        // Given two domestic items naming only a ministry, one with its feed's country-hint header, one without
        String hinted = "خدمة جديدة للمنشآت\n\nأطلقت وزارة العمل خدمة تتيح للمنشآت إصدار التأشيرات إلكترونيا.";
        String plain = "موعد التسجيل\n\nذكّرت الوزارة الطلاب بأن التسجيل في البرنامج الصيفي يبدأ الأحد المقبل.";
        raw.pipeInput(new TestRecord<>(null, hinted.getBytes(StandardCharsets.UTF_8),
                new RecordHeaders().add("country-hint", "sa".getBytes(StandardCharsets.UTF_8))));
        raw.pipeInput(new TestRecord<>(null, plain.getBytes(StandardCharsets.UTF_8), new RecordHeaders()));
        // Then the hinted one is filed under SA with the ministry as evidence, the other under nothing
        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(0).countries()).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo("SA");
            assertThat(t.primary()).isTrue();
            assertThat(t.mentions().get(0).kind()).isEqualTo("home-institution");
            assertThat(t.mentions().get(0).text()).isEqualTo("وزارة");
        });
        assertThat(out.get(1).countries()).isEmpty();
    }

    @Test
    void badInputsGoToRejectedWithAReasonAndNeverStopTheStream() {
        raw.pipeInput(new byte[0]);
        raw.pipeInput("{not json".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>(null, "{\"title\":\"t\"}".getBytes(StandardCharsets.UTF_8),
                new RecordHeaders().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8))));
        raw.pipeInput(("Big\n\n" + "x ".repeat(2000)).getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("Still alive\n\nThe stream goes on after bad input.".getBytes(StandardCharsets.UTF_8));

        List<String> reasons = rejected.readValuesToList().stream().map(RejectedRecord::reason).toList();
        assertThat(reasons).containsExactly("EMPTY", "BAD_JSON", "NO_BODY", "TOO_LARGE");
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::title).containsExactly("Still alive");
    }
}
