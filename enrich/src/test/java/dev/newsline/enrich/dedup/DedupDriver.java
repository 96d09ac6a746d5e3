package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.ingest.model.RejectedRecord;
import dev.newsline.ingest.serde.JsonSerde;
import dev.newsline.ingest.topology.IngestStage;
import dev.newsline.ingest.topology.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The dedup stage on a TopologyTestDriver with its three outputs (originals, duplicates, news.rejected). */
final class DedupDriver implements AutoCloseable {

    static final String APP = "dedup-test";
    /** The driver's wall clock when it starts (the gatherer's sweeps run on it). */
    static final Instant WALL_CLOCK = Instant.parse("2024-03-02T10:00:00Z");

    final TopologyTestDriver driver;
    final TestInputTopic<String, EnrichedArticle> in;
    final TestOutputTopic<String, EnrichedArticle> originals;
    final TestOutputTopic<String, DuplicateArticle> duplicates;
    final TestOutputTopic<String, RejectedRecord> rejected;
    private final Duration hold;

    DedupDriver(DedupSettings settings) {
        this(settings, UnaryOperator.identity());
    }

    /** With {@code indexStore} wrapping each probe index store (the failure seam of {@link ProbeIndexProcessor}). */
    DedupDriver(DedupSettings settings, UnaryOperator<KeyValueStore<Bytes, byte[]>> indexStore) {
        hold = settings.originalHold();
        StreamsBuilder builder = new StreamsBuilder();
        DedupResult result = DedupStage.build(
                builder.stream("in", Consumed.with(Serdes.String(), EnrichStage.ENRICHED_SERDE)), settings, 1, indexStore);
        result.originals().to("originals", Produced.with(Serdes.String(), EnrichStage.ENRICHED_SERDE));
        result.duplicates().to("duplicates", Produced.with(Serdes.String(), JsonSerde.of(DuplicateArticle.class)));
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
        // Its own state directory: two builds on one machine must not share (and lock) one RocksDB.
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir());
        driver = new TopologyTestDriver(builder.build(), p, WALL_CLOCK);
        in = driver.createInputTopic("in", Serdes.String().serializer(), EnrichStage.ENRICHED_SERDE.serializer());
        originals = driver.createOutputTopic("originals", Serdes.String().deserializer(),
                EnrichStage.ENRICHED_SERDE.deserializer());
        duplicates = driver.createOutputTopic("duplicates", Serdes.String().deserializer(),
                JsonSerde.of(DuplicateArticle.class).deserializer());
        rejected = driver.createOutputTopic(Topics.REJECTED, Serdes.String().deserializer(),
                IngestStage.REJECTED_SERDE.deserializer());
    }

    /** Sends the articles, then lets the originals' hold pass, so that each has left when this returns. */
    void send(EnrichedArticle... articles) {
        sendWithinTheHold(articles);
        if (!hold.isZero()) {
            driver.advanceWallClockTime(hold);
        }
    }

    /** Sends the articles without moving the wall clock: originals found among them are still held. */
    void sendWithinTheHold(EnrichedArticle... articles) {
        for (EnrichedArticle a : articles) {
            in.pipeInput(a.id(), a);
        }
    }

    KeyValueStore<Bytes, byte[]> index() {
        return driver.getKeyValueStore(ProbeIndexProcessor.STORE);
    }

    KeyValueStore<String, byte[]> gather() {
        return driver.getKeyValueStore(VerdictGatherer.STORE);
    }

    /** Advances the driver's wall clock, firing the gatherer's sweeps on the way. */
    void advanceWallClock(Duration d) {
        driver.advanceWallClockTime(d);
    }

    /** The {@code <name>-total} count of the dedup metrics, summed over tasks. */
    double count(String name) {
        return total(driver.metrics(), name);
    }

    /** The {@code <name>-total} count of the dedup metrics in {@code metrics}, summed over tasks. */
    static double total(Map<MetricName, ? extends Metric> metrics, String name) {
        double total = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            if (e.getKey().group().equals("stream-" + AnomalyCounter.SCOPE + "-metrics")
                    && e.getKey().name().equals(name + "-total")) {
                total += ((Number) e.getValue().metricValue()).doubleValue();
            }
        }
        return total;
    }

    static long size(KeyValueStore<?, ?> store) {
        long n = 0;
        try (KeyValueIterator<?, ?> it = store.all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        driver.close();
    }

    private static String stateDir() {
        try {
            return Files.createTempDirectory("dedup-test-state").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
