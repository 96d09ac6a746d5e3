package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.source.ArticleOutcome;
import dev.newsline.ingest.source.ArticleSource;
import dev.newsline.ingest.source.RawArticleProducer;
import dev.newsline.ingest.source.RawTopic;
import dev.newsline.ingest.source.SeedArchives;
import dev.newsline.ingest.source.SourceLimits;
import dev.newsline.ingest.source.Sources;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import dev.newsline.sink.replay.ArchiveReplay;
import dev.newsline.sink.replay.Checkpoint;
import dev.newsline.sink.replay.FakeTicker;
import dev.newsline.sink.replay.ProgressDisplay;
import dev.newsline.sink.replay.RateLimit;
import dev.newsline.sink.replay.ReplayTally;
import dev.newsline.sink.replay.Ticker;
import dev.newsline.sink.replay.TokenBucket;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsline replay} against a real broker: an interrupted replay resumes without re-sends; --max-rate holds. */
class ArchiveReplayIT {

    private static final int ARTICLES = 300;

    @TempDir
    Path dir;

    @Test
    void givenAReplayInterruptedAfterAHundredAcknowledged_whenItIsResumed_thenNothingAcknowledgedIsSentAgain()
            throws Exception {
        Path jsonl = SeedArchives.jsonLines(dir.resolve("backfill.jsonl.gz"), "backfill", ARTICLES);
        Path checkpointFile = dir.resolve("checkpoint.json");
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            Properties settings = settings();
            createRawTopic(kafka.bootstrapServers(), settings);

            // Given a replay that is interrupted once the broker acknowledged 100 articles (paced at 200/s so
            // that it is still reading then)
            Set<Long> firstRun = new HashSet<>();
            Thread replaying = Thread.currentThread();
            assertThatThrownBy(() -> replay(kafka.bootstrapServers(), settings, jsonl, Checkpoint.fresh(checkpointFile),
                    new TokenBucket(200, Ticker.SYSTEM), Ticker.SYSTEM, sent -> {
                        firstRun.add(sent.ordinal());
                        if (firstRun.size() == 100) {
                            replaying.interrupt();
                        }
                    })).isInstanceOf(InterruptedException.class);
            assertThat(firstRun).hasSizeGreaterThanOrEqualTo(100).hasSizeLessThan(ARTICLES);

            // When it is resumed from its checkpoint
            Set<Long> secondRun = new HashSet<>();
            ReplayTally resumed = replay(kafka.bootstrapServers(), settings, jsonl, Checkpoint.load(checkpointFile), null,
                    Ticker.SYSTEM, sent -> secondRun.add(sent.ordinal()));

            // Then it sends exactly what the first run had not had acknowledged, and news.raw holds each article once
            assertThat(secondRun).doesNotContainAnyElementsOf(firstRun);
            Set<Long> all = new HashSet<>(firstRun);
            all.addAll(secondRun);
            assertThat(all).isEqualTo(LongStream.range(0, ARTICLES).boxed().collect(Collectors.toSet()));
            assertThat(resumed.resumed()).isEqualTo(firstRun.size());
            assertThat(resumed.sent()).isEqualTo(ARTICLES - firstRun.size());
            assertThat(rawRecords(kafka.bootstrapServers(), settings)).isEqualTo(ARTICLES);
        }
    }

    @Test
    void givenAMaxRate_whenAnArchiveIsReplayed_thenNoSecondOfTheReplaysClockSendsMoreThanTheRateAllows() throws Exception {
        Path jsonl = SeedArchives.jsonLines(dir.resolve("paced.jsonl"), "paced", 200);
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            Properties settings = settings();
            createRawTopic(kafka.bootstrapServers(), settings);
            FakeTicker clock = new FakeTicker(); // moves only when the rate limit waits: no wall-clock timing

            // Given --max-rate 40, when 200 articles are replayed
            List<Long> sentAt = new ArrayList<>();
            TokenBucket maxRate = new TokenBucket(40, clock);
            RateLimit counted = () -> {
                maxRate.acquire();
                sentAt.add(clock.nanoTime()); // the moment the replay may send its next article
            };
            ReplayTally tally = replay(kafka.bootstrapServers(), settings, jsonl, Checkpoint.fresh(dir.resolve("cp.json")),
                    counted, clock, sent -> { });

            // Then all are sent, over about 5 seconds of the replay's clock, never more than 40 + a burst of 4 in one second
            assertThat(tally.sent()).isEqualTo(200);
            assertThat(sentAt).hasSize(200);
            assertThat(clock.nanoTime() / 1e9).isBetween(4.8, 5.2);
            for (long from : sentAt) {
                assertThat(sentAt.stream().filter(t -> t >= from && t < from + 1_000_000_000L).count()).isLessThanOrEqualTo(44);
            }
            assertThat(rawRecords(kafka.bootstrapServers(), settings)).isEqualTo(200);
        }
    }

    private static ReplayTally replay(String bootstrap, Properties settings, Path input, Checkpoint checkpoint,
                                      RateLimit rate, Ticker ticker, Consumer<ArticleOutcome> onSent) throws Exception {
        List<ArticleSource> sources = Sources.of(List.of(input), SourceLimits.of(NewslineSettings.from(settings)), null);
        ProgressDisplay quiet = new ProgressDisplay(new PrintWriter(new StringWriter()), ProgressDisplay.Mode.NONE, ticker, 0);
        try (RawArticleProducer producer = new RawArticleProducer(bootstrap, settings, OptionalInt.empty())) {
            return new ArchiveReplay(checkpoint, rate, quiet, ticker).run(producer, sources, o -> {
                if (o.sent()) {
                    onSent.accept(o);
                }
            });
        }
    }

    private static Properties settings() {
        Properties p = new Properties();
        p.put("newsline.topic.partitions", "3");
        p.put("newsline.topic.replication.factor", "1");
        return p;
    }

    private static void createRawTopic(String bootstrap, Properties settings) throws Exception {
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, settings))) {
            RawTopic.ensure(admin, NewslineSettings.from(settings));
        }
    }

    private static long rawRecords(String bootstrap, Properties settings) throws Exception {
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, settings))) {
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            for (int p = 0; p < 3; p++) {
                latest.put(new TopicPartition(Topics.RAW, p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(i -> i.offset()).sum();
        }
    }
}
