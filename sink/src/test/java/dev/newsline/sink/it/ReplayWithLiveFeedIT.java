package dev.newsline.sink.it;

import static dev.newsline.ingest.feed.FeedServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.feed.FeedServer;
import dev.newsline.ingest.source.SeedArchives;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.cli.NewslineCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A backfill at {@code --max-rate} and a live feed at the same time, on the embedded broker with the pipeline. */
class ReplayWithLiveFeedIT {

    private static final int BACKFILL = 60;

    @TempDir
    Path dir;

    @Test
    void givenABackfillAtAMaxRateAndALiveFeed_whenBothRun_thenBothGetThroughAndEveryRawRecordIsAccountedOnce()
            throws Exception {
        ExecutorService background = Executors.newFixedThreadPool(2);
        try (FeedServer server = new FeedServer(); RunningPipeline pipeline = RunningPipeline.start(3, 1, new Properties())) {
            // Given an archive of 60 articles and a live Atom feed with one entry
            Path archive = SeedArchives.jsonLines(dir.resolve("backfill.jsonl.gz"), "backfill", BACKFILL);
            AtomicReference<String> feed = new AtomicReference<>(atom(entry("quay", "Quay repairs finish early",
                    "Workers finished the quay repairs two weeks early, the port authority said.")));
            server.on("/live.atom", exchange -> FeedServer.ok("application/atom+xml", utf8(feed.get())).handle(exchange));
            Path feeds = Files.writeString(dir.resolve("feeds.tsv"), "url\tname\tlanguage\tcountry\n"
                    + server.url("/live.atom") + "\tPort Bulletin\ten\t\n");
            StringWriter feedOut = new StringWriter();
            Future<Integer> feedsExit = background.submit(() -> run(feedOut, "feeds", "--feeds", feeds.toString(),
                    "--interval", "1s", "--state", dir.resolve("state.json").toString(),
                    "--bootstrap-server", pipeline.bootstrapServers()));
            FeedsIT.awaitLines(feedOut, "Port Bulletin: 1 items, 1 sent");

            // When the backfill replays at --max-rate 4 (15 s at least) and the feed publishes a new entry meanwhile
            StringWriter replayOut = new StringWriter();
            Future<Integer> replayExit = background.submit(() -> run(replayOut, "replay", archive.toString(),
                    "--max-rate", "4", "--progress", "none", "--checkpoint", dir.resolve("checkpoint.json").toString(),
                    "--bootstrap-server", pipeline.bootstrapServers()));
            awaitRaw(pipeline, 1 + 5);
            assertThat(replayExit.isDone()).as("the backfill is under way").isFalse();
            feed.set(atom(entry("quay", "Quay repairs finish early",
                    "Workers finished the quay repairs two weeks early, the port authority said.")
                    + entry("tide", "Record tide expected on Friday",
                    "The harbour master warned boat owners of a record spring tide on Friday evening.")));
            FeedsIT.awaitLines(feedOut, "Port Bulletin: 2 items, 1 sent (1 as articles, 0 as pages), 1 sent before");

            // Then the live entry got through while the backfill was still running
            assertThat(replayExit.isDone()).as("the live entry did not wait for the backfill").isFalse();
            assertThat(replayExit.get(180, TimeUnit.SECONDS)).as(replayOut.toString()).isZero();
            assertThat(replayOut.toString()).contains("replay: " + BACKFILL + " sent");
            background.shutdownNow();
            assertThat(feedsExit.get(90, TimeUnit.SECONDS)).isZero();

            // and news.raw holds the backfill and the feed once each, every record accounted for exactly once
            List<ConsumerRecord<byte[], byte[]>> raw = FeedsIT.readRaw(pipeline.bootstrapServers());
            List<String> keys = raw.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
            List<String> expected = new ArrayList<>(List.of("tag:port.example,2025:quay", "tag:port.example,2025:tide"));
            for (int n = 0; n < BACKFILL; n++) {
                expected.add("backfill-" + n);
            }
            assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
            Map<String, List<JsonNode>> outputs = pipeline.awaitAccounted(raw.size(), Duration.ofSeconds(180));
            assertThat(RunningPipeline.origins(outputs)).containsExactlyInAnyOrderElementsOf(
                    raw.stream().map(r -> r.partition() + "@" + r.offset()).toList());
            Set<String> ids = new HashSet<>();
            outputs.get(Topics.ENRICHED).forEach(n -> ids.add(n.path("id").asText()));
            outputs.get(Topics.DUPLICATES).forEach(n -> ids.add(n.path("id").asText()));
            assertThat(ids).as("every article enriched or a duplicate, none lost").containsAll(expected);
            assertThat(outputs.get(Topics.REJECTED)).isEmpty();
            assertThat(outputs.get(Topics.ENRICHED)).extracting(n -> n.path("id").asText())
                    .contains("tag:port.example,2025:quay", "tag:port.example,2025:tide");
        } finally {
            background.shutdownNow();
        }
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cli = NewslineCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private static void awaitRaw(RunningPipeline pipeline, int records) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (FeedsIT.readRaw(pipeline.bootstrapServers()).size() < records) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + records + " records on news.raw in time");
            }
            Thread.sleep(200);
        }
    }

    private static String atom(String entries) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Port Bulletin</title><id>urn:uuid:port-bulletin</id><updated>2025-06-01T08:00:00Z</updated>
                %s</feed>
                """.formatted(entries);
    }

    private static String entry(String slug, String title, String text) {
        return """
                  <entry><title>%s</title><id>tag:port.example,2025:%s</id>
                    <link rel="alternate" href="http://port.example/%s"/><published>2025-06-01T07:00:00Z</published>
                    <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry>
                """.formatted(title, slug, slug, text);
    }
}
