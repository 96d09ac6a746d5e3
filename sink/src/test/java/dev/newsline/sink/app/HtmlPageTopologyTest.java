package dev.newsline.sink.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.SettingKeys;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.html.TestPages;
import dev.newsline.ingest.model.RejectedRecord;
import dev.newsline.ingest.topology.IngestStage;
import dev.newsline.ingest.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A web page through the whole topology: its main text comes out as the enriched article's body. */
class HtmlPageTopologyTest {

    private static Enrichers enrichers;

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
    void setUp(@TempDir Path stateDir) {
        // a state directory of its own: other builds on the machine use the default one at the same time
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // the driver runs the topology in one thread, in order: no copy's claim can come late
        overrides.put(SettingKeys.DEDUP_ORIGINAL_HOLD.name(), "PT0S");
        Properties config = StreamsConfigFactory.streamsConfig("dummy:9092", overrides);
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
    void anHtmlFileComesOutWithItsMainTextAsTheBody() {
        byte[] page = TestPages.bytes(TestPages.HARBOUR_FERRY);

        raw.pipeInput(new TestRecord<>(null, page, new RecordHeaders()
                .add("filename", "harbour-ferry.html".getBytes(StandardCharsets.UTF_8))
                .add("content-type", "text/html".getBytes(StandardCharsets.UTF_8))));

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).hasSize(1);
        EnrichedArticle article = out.get(0);
        assertThat(article.format()).isEqualTo("html");
        assertThat(article.title()).isEqualTo("Night ferry returns to the old harbour after twelve years");
        assertThat(article.body()).isEqualTo(TestPages.expectedBody(TestPages.HARBOUR_FERRY));
        assertThat(article.url()).isEqualTo("https://ledger.example/harbour/night-ferry-returns");
        assertThat(article.id()).startsWith("url:");
        assertThat(article.language().code()).isEqualTo("en");
        assertThat(article.original()).isEqualTo(new String(page, StandardCharsets.UTF_8));
        assertThat(rejected.isEmpty()).isTrue();
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void aPageWithoutMainTextIsRejectedNoBodyWithItsOriginalBytes() {
        byte[] page = ("<!doctype html><html><head><title>Index</title></head><body><nav>"
                + "<a href=/a>Storm closes the coast road again this winter</a> ".repeat(20) + "</nav></body></html>")
                .getBytes(StandardCharsets.UTF_8);

        raw.pipeInput(page);

        RejectedRecord rejection = rejected.readValue();
        assertThat(rejection.reason()).isEqualTo("NO_BODY");
        assertThat(rejection.stage()).isEqualTo("ingest");
        assertThat(Base64.getDecoder().decode(rejection.originalBase64())).isEqualTo(page);
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(duplicates.isEmpty()).isTrue();
    }
}
