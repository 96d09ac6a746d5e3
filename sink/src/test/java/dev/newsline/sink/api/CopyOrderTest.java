package dev.newsline.sink.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.model.Origin;
import dev.newsline.sink.count.CountWindow;
import dev.newsline.sink.count.Tally;
import dev.newsline.sink.latest.ArticleEvent;
import dev.newsline.sink.latest.Copies;
import dev.newsline.sink.latest.IndexEntry;
import dev.newsline.sink.latest.LatestArticles;
import dev.newsline.sink.latest.LatestArticlesProcessor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.junit.jupiter.api.Test;

/**
 * The latest-articles processor alone: originals and copies come from different tasks, so a copy may arrive before
 * its original; it is listed under it all the same, and lists go when what they list goes.
 */
class CopyOrderTest {

    private static final ArticleFilter ALL = new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty());

    @Test
    void aCopyArrivingBeforeItsOriginalIsListedUnderIt() {
        try (Driver driver = new Driver(10)) {
            // Given a copy, then its original
            driver.send(copy("c1", "o1", "2025-01-01T10:00:00Z", 1));
            driver.send(original("o1", "2025-01-01T09:00:00Z", 2));

            // When the list is read
            List<Listed> listed = new LocalState(driver).articles(new ArticlesQuery(ALL, Optional.empty(), 50));

            // Then the original carries the copy
            assertThat(listed).extracting(l -> l.summary().id()).containsExactly("o1");
            assertThat(listed.get(0).duplicates()).isEqualTo(new Copies(1, List.of("c1")));
        }
    }

    /**
     * The copies store is written at the first record even where no copy comes, so its changelog is never empty beside
     * the articles' (an empty one gets no checkpoint offset, and Kafka Streams then wipes the task as corrupted).
     */
    @Test
    void theCopiesStoreIsWrittenAtTheFirstRecordEvenWithoutCopies() {
        try (Driver driver = new Driver(10)) {
            // Given an original and no copy
            driver.send(original("o1", "2025-01-01T09:00:00Z", 1));

            // Then the copies store holds its mark and nothing else, and the original lists no copies
            assertThat(driver.copies().get(LatestArticles.COPIES_CHANGELOG_MARK)).isEqualTo(Copies.none());
            try (var all = driver.copies().all()) {
                assertThat(all).toIterable().hasSize(1);
            }
            List<Listed> listed = new LocalState(driver).articles(new ArticlesQuery(ALL, Optional.empty(), 50));
            assertThat(listed).extracting(l -> l.summary().id()).containsExactly("o1");
            assertThat(listed.get(0).duplicates()).isEqualTo(Copies.none());
        }
    }

    @Test
    void anExactIdCopyArrivingBeforeItsOriginalDoesNotHideTheOriginal() {
        try (Driver driver = new Driver(10)) {
            // Given a copy with its original's own id (a second delivery), then the original
            driver.send(copy("o1", "o1", "2025-01-01T10:00:00Z", 5));
            driver.send(original("o1", "2025-01-01T10:00:00Z", 2));

            // When the list is read
            List<Listed> listed = new LocalState(driver).articles(new ArticlesQuery(ALL, Optional.empty(), 50));

            // Then the original is listed, once, carrying its copy
            assertThat(listed).extracting(l -> l.summary().id()).containsExactly("o1");
            assertThat(listed.get(0).summary().duplicateOf()).isNull();
            assertThat(listed.get(0).duplicates().count()).isEqualTo(1);
        }
    }

    @Test
    void aListGoesWithTheLastOfWhatItLists() {
        try (Driver driver = new Driver(10)) {
            // Given a copy whose original never arrives, then ten newer originals that push it out
            driver.send(copy("c1", "gone", "2025-01-01T00:00:00Z", 1));
            assertThat(driver.copies().get("gone")).isNotNull();
            for (int i = 0; i < 10; i++) {
                driver.send(original("n" + i, Instant.parse("2025-02-01T00:00:00Z").plusSeconds(3600L * i).toString(),
                        10 + i));
            }

            // Then the copy's list went with it
            assertThat(driver.articles().get("c1")).isNull();
            assertThat(driver.copies().get("gone")).isNull();
        }
    }

    private static ArticleEvent original(String id, String eventTime, long offset) {
        return ArticleEvent.original(article(id, eventTime, offset));
    }

    private static ArticleEvent copy(String id, String of, String eventTime, long offset) {
        return ArticleEvent.copy(new DuplicateArticle(article(id, eventTime, offset), of, 0.9, "near", false));
    }

    private static EnrichedArticle article(String id, String eventTime, long offset) {
        Instant t = Instant.parse(eventTime);
        return new EnrichedArticle(1, id, "Title " + id, "Body of " + id, null, t, t, t, "wire", List.of(), null, null,
                List.of(), new DetectedLanguage("en", 0.9), List.of(), List.of(), "hash-" + id, "Title " + id,
                "UTF-8", "text", Map.of(), new Origin("news.raw", 0, offset, t.toEpochMilli()));
    }

    /** The processor on its own topology, its stores readable as {@link SinkStores}. */
    private static final class Driver implements SinkStores, AutoCloseable {

        private final TopologyTestDriver driver;
        private final TestInputTopic<String, ArticleEvent> in;

        Driver(int capacity) {
            StreamsBuilder builder = new StreamsBuilder();
            builder.stream("events", Consumed.with(Serdes.String(), LatestArticles.EVENT_SERDE))
                    .process(LatestArticlesProcessor.supplier(capacity), Named.as(LatestArticlesProcessor.STEP));
            Properties config = new Properties();
            config.put(StreamsConfig.APPLICATION_ID_CONFIG, "copy-order-test");
            config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
            try {
                config.put(StreamsConfig.STATE_DIR_CONFIG,
                        java.nio.file.Files.createTempDirectory("newsline-copy-order-").toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            driver = new TopologyTestDriver(builder.build(), config);
            in = driver.createInputTopic("events", Serdes.String().serializer(), LatestArticles.EVENT_SERDE.serializer());
        }

        void send(ArticleEvent event) {
            in.pipeInput(event.originalId(), event);
        }

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
            throw new UnsupportedOperationException("no counts in this topology");
        }

        @Override
        public void close() {
            driver.close();
        }
    }
}
