package dev.newsline.sink.api;

import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.SettingKeys;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.app.NewslineTopology;
import dev.newsline.sink.count.CountWindow;
import dev.newsline.sink.count.Tally;
import dev.newsline.sink.latest.ArticleEvent;
import dev.newsline.sink.latest.Copies;
import dev.newsline.sink.latest.IndexEntry;
import dev.newsline.sink.latest.LatestArticles;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/** The whole topology on TopologyTestDriver, with its sink stores readable as {@link SinkStores}. */
final class SinkStateDriver implements SinkStores, AutoCloseable {

    private static Enrichers enrichers;

    private final TopologyTestDriver driver;
    private final TestInputTopic<byte[], byte[]> raw;
    private final TestOutputTopic<String, EnrichedArticle> enriched;
    private final TestOutputTopic<String, String> duplicates;

    SinkStateDriver(Properties settings) {
        if (enrichers == null) {
            enrichers = Enrichers.load(NewslineSettings.defaults());
        }
        // the driver runs the topology in one thread, in order: no copy's claim can come late
        settings.put(SettingKeys.DEDUP_ORIGINAL_HOLD.name(), "PT0S");
        Properties config = StreamsConfigFactory.streamsConfig("dummy:9092", settings);
        config.put(StreamsConfig.STATE_DIR_CONFIG, tempDir()); // not the shared default: other test JVMs use it too
        driver = new TopologyTestDriver(NewslineTopology.build(NewslineSettings.from(config), enrichers), config);
        raw = driver.createInputTopic(Topics.RAW, new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, new StringDeserializer(),
                EnrichStage.ENRICHED_SERDE.deserializer());
        duplicates = driver.createOutputTopic(Topics.DUPLICATES, new StringDeserializer(), new StringDeserializer());
    }

    private static String tempDir() {
        try {
            return java.nio.file.Files.createTempDirectory("newsline-sink-state-test-").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Sends a JSON article; returns nothing: read what it became from {@link #enriched()}. */
    void send(String id, String url, String title, String body, Instant publishedAt) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", id);
        article.put("url", url);
        article.put("source", "test wire");
        article.put("title", title);
        article.put("body", body);
        article.put("published_at", publishedAt.toString());
        try {
            raw.pipeInput(JsonMapper.get().writeValueAsBytes(article));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<EnrichedArticle> enriched() {
        return enriched.readValuesToList();
    }

    List<String> duplicates() {
        return duplicates.readValuesToList();
    }

    /** A body of {@code words} words drawn from a vocabulary by {@code seed}: articles with other seeds share little. */
    static String words(long seed, int words) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(VOCABULARY[r.nextInt(VOCABULARY.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        return b.toString().strip();
    }

    private static final String[] VOCABULARY = ("river bridge market school harvest council winter train garden "
            + "museum factory harbour village orchestra library tunnel festival airport bakery stadium forest "
            + "hospital engine painter teacher doctor farmer sailor miner baker runner singer writer builder "
            + "morning evening yellow silver quiet rapid gentle sudden narrow broad ancient modern northern "
            + "southern eastern western coastal mountain valley desert island meadow canyon glacier volcano "
            + "opened closed repaired visited praised counted carried painted planted measured announced "
            + "delayed welcomed crossed followed reached").split(" ");

    @Override
    public List<ReadOnlyKeyValueStore<Bytes, IndexEntry>> indexes() {
        return List.of(driver.<Bytes, IndexEntry>getKeyValueStore(LatestArticles.INDEX_STORE));
    }

    @Override
    public ReadOnlyKeyValueStore<String, ArticleEvent> articles() {
        return driver.getKeyValueStore(LatestArticles.ARTICLES_STORE);
    }

    @Override
    public ReadOnlyKeyValueStore<String, Copies> copies() {
        return driver.getKeyValueStore(LatestArticles.COPIES_STORE);
    }

    @Override
    public ReadOnlyWindowStore<String, Tally> counts(CountWindow window) {
        return driver.getWindowStore(window.storeName());
    }

    @Override
    public void close() {
        driver.close();
    }
}
