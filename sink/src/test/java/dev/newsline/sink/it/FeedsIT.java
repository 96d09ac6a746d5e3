package dev.newsline.sink.it;

import static dev.newsline.ingest.feed.FeedServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.feed.FeedServer;
import dev.newsline.ingest.feed.TestFeeds;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.cli.NewslineCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsline feeds} against a loopback HTTP server and the embedded broker, with the pipeline running. */
class FeedsIT {

    private static final byte[] BRIDGE_PAGE = TestFeeds.page("Council votes on the new bridge",
            "The vote on the bridge was close, and work starts in the spring.").getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] LIBRARY_PAGE = TestFeeds.page("Library opens a reading room",
            "The reading room has two hundred seats.").getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void givenAnRssAndAnAtomFeed_whenTheFeedsCommandPolls_thenNewItemsReachNewsRawAndThePipeline_andARestartSendsNothing()
            throws Exception {
        try (FeedServer server = new FeedServer(); RunningPipeline pipeline = RunningPipeline.start(3, 1, new Properties())) {
            // Given an RSS feed that answers conditional GETs, an Atom feed that does not, and their pages
            server.on("/harbour.rss", FeedServer.conditional("application/rss+xml; charset=UTF-8",
                    utf8(TestFeeds.rss(server.url("/news/bridge").toString())), "\"h1\"", "Wed, 05 Mar 2025 11:00:00 GMT"));
            server.on("/valley.atom", FeedServer.ok("application/atom+xml", utf8(TestFeeds.atom(server.url("/library").toString()))));
            server.on("/news/bridge", FeedServer.ok("text/html; charset=ISO-8859-1", BRIDGE_PAGE));
            server.on("/library", FeedServer.ok("text/html", LIBRARY_PAGE));
            Path feeds = Files.writeString(dir.resolve("feeds.tsv"), "# test feeds\nurl\tname\tlanguage\tcountry\n"
                    + server.url("/harbour.rss") + "\tHarbour Gazette\ten\tNO\n"
                    + server.url("/valley.atom") + "\tValley Courier\t\tCL\n");
            Path state = dir.resolve("state.json");

            // When the feeds command runs long enough to poll each feed twice, and is stopped
            ExecutorService background = Executors.newSingleThreadExecutor();
            StringWriter out = new StringWriter();
            Future<Integer> exit = background.submit(() -> {
                CommandLine cli = NewslineCommand.commandLine();
                cli.setOut(new PrintWriter(out, true));
                return cli.execute("feeds", "--feeds", feeds.toString(), "--interval", "1s", "--state", state.toString(),
                        "--bootstrap-server", pipeline.bootstrapServers());
            });
            awaitLines(out, "Harbour Gazette: not modified (304)", "Valley Courier: 2 items, 0 sent");
            background.shutdownNow();
            assertThat(exit.get(90, TimeUnit.SECONDS)).as("exit code after the stop").isZero();

            // Then each item is on news.raw once: full text as a JSON article, a summary-only item as its page
            List<ConsumerRecord<byte[], byte[]>> raw = readRaw(pipeline.bootstrapServers());
            Map<String, ConsumerRecord<byte[], byte[]>> byKey = raw.stream()
                    .collect(Collectors.toMap(r -> new String(r.key(), StandardCharsets.UTF_8), r -> r));
            assertThat(byKey.keySet()).containsExactlyInAnyOrder("harbour-2025-0001", "harbour-2025-0002",
                    "tag:valley.example,2025:orchard", "tag:valley.example,2025:library");
            ConsumerRecord<byte[], byte[]> ferry = byKey.get("harbour-2025-0001");
            assertThat(headers(ferry)).containsEntry("content-type", "application/json")
                    .containsEntry("source", "Harbour Gazette").containsEntry("url", "http://example.org/news/ferry")
                    .containsEntry("language-hint", "en").containsEntry("country-hint", "NO");
            assertThat(headers(ferry)).containsEntry("event-time", "2025-03-04T08:30:00Z");
            assertThat(Instant.ofEpochMilli(ferry.timestamp())).as("stamped when sent, for retention")
                    .isAfter(Instant.now().minusSeconds(600));
            ConsumerRecord<byte[], byte[]> bridge = byKey.get("harbour-2025-0002");
            assertThat(bridge.value()).isEqualTo(BRIDGE_PAGE);
            assertThat(headers(bridge)).containsEntry("content-type", "text/html; charset=ISO-8859-1")
                    .containsEntry("url", server.url("/news/bridge").toString());
            ConsumerRecord<byte[], byte[]> library = byKey.get("tag:valley.example,2025:library");
            assertThat(library.value()).isEqualTo(LIBRARY_PAGE);
            assertThat(headers(library)).containsEntry("country-hint", "CL").doesNotContainKey("language-hint");
            assertThat(headers(library)).containsEntry("event-time", "2025-03-07T07:00:00Z");
            assertThat(server.requests("/harbour.rss").get(1).getFirst("If-None-Match")).isEqualTo("\"h1\"");
            assertThat(server.requests("/harbour.rss").get(1).getFirst("If-Modified-Since"))
                    .isEqualTo("Wed, 05 Mar 2025 11:00:00 GMT");

            // and every raw record is accounted for once; the JSON articles are enriched under the item's id
            Map<String, List<JsonNode>> outputs = pipeline.awaitAccounted(raw.size(), Duration.ofSeconds(120));
            assertThat(RunningPipeline.origins(outputs)).containsExactlyInAnyOrderElementsOf(
                    raw.stream().map(r -> r.partition() + "@" + r.offset()).toList());
            assertThat(outputs.get(Topics.ENRICHED)).extracting(n -> n.path("id").asText())
                    .contains("harbour-2025-0001", "tag:valley.example,2025:orchard");
            JsonNode orchard = outputs.get(Topics.ENRICHED).stream()
                    .filter(n -> n.path("id").asText().equals("tag:valley.example,2025:orchard")).findFirst().orElseThrow();
            assertThat(orchard.path("source").asText()).isEqualTo("Valley Courier");
            assertThat(orchard.path("url").asText()).isEqualTo("http://valley.example/orchard");
            assertThat(orchard.path("published_at").asText()).isEqualTo("2025-03-06T09:15:00Z");
            assertThat(orchard.path("body").asText()).startsWith("Farmers in Chile picked twice as many apples");

            // When the command starts again on the same state file
            int rssRequests = server.requests("/harbour.rss").size();
            CommandRun again = CommandRun.of("feeds", "--once", "--feeds", feeds.toString(), "--state", state.toString(),
                    "--bootstrap-server", pipeline.bootstrapServers());

            // Then it sends nothing: a 304 for the RSS feed, every Atom item known, news.raw unchanged
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).contains("Harbour Gazette: not modified (304)")
                    .contains("Valley Courier: 2 items, 0 sent (0 as articles, 0 as pages), 2 sent before");
            assertThat(server.requests("/harbour.rss").get(rssRequests).getFirst("If-None-Match")).isEqualTo("\"h1\"");
            assertThat(readRaw(pipeline.bootstrapServers())).hasSize(raw.size());

            // and a state file that cannot be written stops the command before any poll
            Path nowhere = dir.resolve("no-such-dir").resolve("state.json");
            CommandRun unwritable = CommandRun.of("feeds", "--once", "--feeds", feeds.toString(), "--state",
                    nowhere.toString(), "--bootstrap-server", pipeline.bootstrapServers());
            assertThat(unwritable.exitCode()).isEqualTo(2);
            assertThat(unwritable.err()).startsWith("newsline: cannot write the state file " + nowhere).hasLineCount(1);

            // and a single pass over a feed that fails says so and exits 1
            server.on("/broken.rss", FeedServer.status(500));
            Path broken = Files.writeString(dir.resolve("broken.tsv"), "url\tname\n" + server.url("/broken.rss") + "\tBroken\n");
            CommandRun failing = CommandRun.of("feeds", "--once", "--feeds", broken.toString(), "--state", state.toString(),
                    "--bootstrap-server", pipeline.bootstrapServers());
            assertThat(failing.exitCode()).isEqualTo(1);
            assertThat(failing.out()).contains("Broken: failed: HTTP 500 from " + server.url("/broken.rss")
                    + " (1 in a row); next poll in 10m");
        }
    }

    @Test
    void givenMistakesAUserCanMake_whenTheFeedsCommandStarts_thenOneLineAndExit2() throws Exception {
        Path missing = dir.resolve("missing.tsv");
        CommandRun noFile = CommandRun.of("feeds", "--feeds", missing.toString(), "--bootstrap-server", "127.0.0.1:1");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err().strip()).isEqualTo("newsline: feeds file not found: " + missing + " (check --feeds)");

        Path bad = Files.writeString(dir.resolve("bad.tsv"), "url\tname\nnot a url\tX\n");
        CommandRun badLine = CommandRun.of("feeds", "--feeds", bad.toString(), "--bootstrap-server", "127.0.0.1:1");
        assertThat(badLine.exitCode()).isEqualTo(2);
        assertThat(badLine.err().strip()).isEqualTo("newsline: " + bad + " line 2: 'not a url' is not an http or https URL");

        Path good = Files.writeString(dir.resolve("good.tsv"), "url\tname\nhttp://127.0.0.1:9/feed\tX\n");
        CommandRun badInterval = CommandRun.of("feeds", "--feeds", good.toString(), "--interval", "soon",
                "--bootstrap-server", "127.0.0.1:1");
        assertThat(badInterval.exitCode()).isEqualTo(2);
        assertThat(badInterval.err()).startsWith("newsline: ").contains("'soon' is not a duration").hasLineCount(1);

        CommandRun noBroker = CommandRun.of("feeds", "--feeds", good.toString(), "--state",
                dir.resolve("s.json").toString(), "--bootstrap-server", "127.0.0.1:1");
        assertThat(noBroker.exitCode()).isEqualTo(2);
        assertThat(noBroker.err()).startsWith("newsline: cannot reach Kafka at 127.0.0.1:1").hasLineCount(1);
        assertThat(dir.resolve("s.json")).doesNotExist();
    }

    static void awaitLines(StringWriter out, String... expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!containsAll(out.toString(), expected)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the feeds command did not print " + List.of(expected) + " in time:\n" + out);
            }
            Thread.sleep(100);
        }
    }

    private static boolean containsAll(String text, String... parts) {
        for (String part : parts) {
            if (!text.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** Every record on news.raw, bytes as stored. */
    static List<ConsumerRecord<byte[], byte[]>> readRaw(String bootstrapServers) {
        Properties props = ClientConfigFactory.consumer(bootstrapServers, new Properties());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
