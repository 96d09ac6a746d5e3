package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.enrich.dedup.ProbeIndexProcessor;
import dev.newsline.ingest.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * The dedup window bounds what is remembered: a copy inside it is a duplicate; after it the index itself has
 * forgotten the article — its keys are gone from the store, not merely skipped by the lookup's window check —
 * and the same article is news again.
 */
class DedupWindowIT {

    /** A window of seconds keeps the test short; an index entry lives between one and one and a half windows. */
    private static final Duration WINDOW = Duration.ofSeconds(6);
    private static final byte[] ARTICLE = ("Storm closes the port of Bandar Abbas\n\n"
            + "Strong winds closed the port of Bandar Abbas on Sunday and ships were told to stay at anchor "
            + "until the storm passes, the port authority said.").getBytes(StandardCharsets.UTF_8);

    @Test
    void givenASixSecondWindow_whenTheArticleComesAgainAfterItsEntriesExpired_thenTheIndexNoLongerHoldsThemAndItIsNews()
            throws Exception {
        Properties config = new Properties();
        config.put("newsline.dedup.window", WINDOW.toString());
        try (RunningPipeline pipeline = RunningPipeline.start(2, 1, config)) {
            KafkaStreams streams = pipeline.instance(0).streams();

            // Given an article, indexed under its keys, and a copy of it right away
            pipeline.send(ARTICLE, "filename", "first");
            Map<String, List<JsonNode>> out = pipeline.awaitAccounted(1, Duration.ofSeconds(60));
            Set<Bytes> firstKeys = indexKeys(streams);
            assertThat(firstKeys).as("the first article's index keys").isNotEmpty();
            pipeline.send(ARTICLE, "filename", "copy-inside-window");
            out = pipeline.awaitAccounted(2, Duration.ofSeconds(60));
            JsonNode copy = out.get(Topics.DUPLICATES).get(0);
            assertThat(out.get(Topics.DUPLICATES)).singleElement()
                    .satisfies(d -> assertThat(d.path("headers").path("filename").asText()).isEqualTo("copy-inside-window"));
            Set<Bytes> indexed = indexKeys(streams);
            assertThat(indexed).containsAll(firstKeys);

            // When the same article comes again once every entry of the two has outlived its lifetime
            Instant lastIndexed = Instant.parse(copy.path("ingested_at").asText());
            sleepUntil(lastIndexed.plus(WINDOW.multipliedBy(3).dividedBy(2)).plusSeconds(2));
            pipeline.send(ARTICLE, "filename", "copy-after-window");
            out = pipeline.awaitAccounted(3, Duration.ofSeconds(60));

            // Then the store has deleted every key it held for them (a broken expiry keeps them: the window
            // check alone would still let the copy through as news)
            Set<Bytes> now = indexKeys(streams);
            assertThat(now).as("keys of the article indexed after the window").isNotEmpty();
            assertThat(now).as("keys of the expired entries").doesNotContainAnyElementsOf(indexed);
            // and the article is news again; each of the three records is on exactly one output topic
            assertThat(pipeline.readAll(Topics.ENRICHED)).extracting(n -> n.path("headers").path("filename").asText())
                    .containsExactlyInAnyOrder("first", "copy-after-window");
            assertThat(pipeline.readAll(Topics.DUPLICATES)).hasSize(1);
            assertThat(pipeline.readAll(Topics.REJECTED)).isEmpty();
        }
    }

    /** Every key of the probe index on this instance (all its tasks), read by interactive query. */
    private static Set<Bytes> indexKeys(KafkaStreams streams) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                ReadOnlyKeyValueStore<Bytes, byte[]> store = streams.store(StoreQueryParameters.fromNameAndType(
                        ProbeIndexProcessor.STORE, QueryableStoreTypes.<Bytes, byte[]>keyValueStore()));
                Set<Bytes> keys = new HashSet<>();
                try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
                    it.forEachRemaining(e -> keys.add(e.key));
                }
                return keys;
            } catch (InvalidStateStoreException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(200); // the store is migrating or restoring: ask again
            }
        }
    }

    private static void sleepUntil(Instant t) throws InterruptedException {
        long ms = Duration.between(Instant.now(), t).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }
}
