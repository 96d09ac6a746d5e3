package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.source.ArticleFile;
import dev.newsline.ingest.source.ArticleFiles;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.api.ApiServer;
import dev.newsline.sink.api.HttpEndpoint;
import dev.newsline.sink.app.NewslineApplication;
import dev.newsline.sink.latest.LatestArticles;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

/**
 * Two instances on the embedded broker, each with its own HTTP server as {@code application.server}: after the seeds
 * are sent, either instance answers lists, counts and single articles for the whole cluster, the same answer from
 * both and equal to what the output topics hold; a single article whose key lives on the other instance is
 * forwarded there; the live stream delivers an article sent afterwards.
 */
class TwoInstanceApiIT {

    private static final Path SEEDS = Path.of(System.getProperty("newsline.repo.root", ".."), "seeds");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ALL_TIME = "&from=2023-01-01T00:00:00Z&to=2026-12-31T00:00:00Z";

    @Test
    void givenTwoInstancesAndTheSeeds_whenEitherIsAsked_thenBothAnswerForTheWholeCluster() throws Exception {
        Properties settings = new Properties();
        settings.put("newsline.counts.grace", "P3650D"); // the seeds' dates are years apart: count them all
        HttpEndpoint first = new HttpEndpoint("localhost", freePort());
        HttpEndpoint second = new HttpEndpoint("localhost", freePort());
        List<ApiServer> servers = new ArrayList<>();
        try (RunningPipeline pipeline = RunningPipeline.start(4, 0, settings)) {
            // Given two instances, each serving HTTP at its own application.server
            NewslineApplication a = pipeline.instance(pipeline.startInstance(first.advertisedIn(new Properties())));
            NewslineApplication b = pipeline.instance(pipeline.startInstance(second.advertisedIn(new Properties())));
            servers.add(ApiServer.start(a, first, pipeline.bootstrapServers(), pipeline.settings()));
            servers.add(ApiServer.start(b, second, pipeline.bootstrapServers(), pipeline.settings()));
            awaitBothHoldState(a, b);

            // and the seeds sent and accounted for
            List<ArticleFile> files = ArticleFiles.collect(List.of(SEEDS));
            for (ArticleFile f : files) {
                pipeline.send(f.read(), "filename", f.name());
            }
            Map<String, List<JsonNode>> out = pipeline.awaitAccounted(files.size(), Duration.ofSeconds(240));
            List<JsonNode> enriched = out.get(Topics.ENRICHED);
            List<JsonNode> copies = out.get(Topics.DUPLICATES);
            assertThat(enriched).isNotEmpty();
            assertThat(copies).as("the seeds include copies").isNotEmpty();
            Set<String> originalIds = enriched.stream().map(n -> n.path("id").asText()).collect(Collectors.toSet());

            // When each instance is asked for the list
            JsonNode listA = awaitList(first, enriched.size());
            JsonNode listB = awaitList(second, enriched.size());

            // Then both list every original once, newest first, the same, and no copy on its own
            assertThat(listA).isEqualTo(listB);
            List<String> listed = ids(listA.path("articles"));
            assertThat(listed).containsExactlyInAnyOrderElementsOf(originalIds);
            List<Instant> times = new ArrayList<>();
            listA.path("articles").forEach(n -> times.add(Instant.parse(n.path("event_time").asText())));
            assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            // and each original carries exactly the copies news.duplicates names for it
            for (JsonNode article : listA.path("articles")) {
                String id = article.path("id").asText();
                List<String> expected = copies.stream().filter(c -> c.path("duplicate_of").asText().equals(id))
                        .map(c -> c.path("id").asText()).toList();
                assertThat(ids(article.path("duplicates").path("ids"))).as("copies of " + id)
                        .containsExactlyInAnyOrderElementsOf(expected);
                assertThat(article.path("duplicates").path("count").asLong()).isEqualTo(expected.size());
            }

            // and the counts by language, from either instance, are what was sent: originals and copies apart
            Map<String, long[]> expectedCounts = new TreeMap<>();
            enriched.forEach(n -> expectedCounts.computeIfAbsent(n.path("language").path("code").asText(),
                    k -> new long[2])[0]++);
            copies.forEach(n -> expectedCounts.computeIfAbsent(n.path("language").path("code").asText(),
                    k -> new long[2])[1]++);
            JsonNode countsA = getJson(first, "/api/counts?by=language&window=1d" + ALL_TIME);
            JsonNode countsB = getJson(second, "/api/counts?by=language&window=1d" + ALL_TIME);
            assertThat(countsA).isEqualTo(countsB);
            assertThat(totals(countsA)).isEqualTo(asText(expectedCounts));

            // and one article is found from both instances, forwarded when its key lives on the other one. Two
            // deliveries of one id can both be originals when their probes race (docs/dedup.md, "Races"): the
            // desk then keeps the first it saw, so the detail is one of that id's records on news.enriched.
            Map<String, List<JsonNode>> enrichedById = enriched.stream()
                    .collect(Collectors.groupingBy(n -> n.path("id").asText()));
            int forwarded = 0;
            for (Map.Entry<String, List<JsonNode>> byId : enrichedById.entrySet()) {
                String id = byId.getKey();
                HostInfo owner = a.streams().queryMetadataForKey(LatestArticles.ARTICLES_STORE, id,
                        Serdes.String().serializer()).activeHost();
                for (HttpEndpoint asked : List.of(first, second)) {
                    if (!owner.equals(asked.hostInfo())) {
                        forwarded++;
                    }
                    JsonNode detail = getJson(asked, "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
                    JsonNode original = byId.getValue().stream()
                            .filter(n -> n.path("origin").equals(detail.path("origin"))).findFirst()
                            .orElseThrow(() -> new AssertionError("the detail of " + id + " is from " + detail.path("origin")
                                    + ", none of its records on news.enriched: " + byId.getValue().stream()
                                    .map(n -> n.path("origin").toString()).toList()));
                    assertThat(detail.path("title")).isEqualTo(original.path("title"));
                    assertThat(detail.path("body")).isEqualTo(original.path("body"));
                    assertThat(detail.path("countries")).isEqualTo(original.path("countries"));
                    assertThat(detail.path("topics")).isEqualTo(original.path("topics"));
                }
            }
            assertThat(forwarded).as("articles asked of the instance not holding them").isEqualTo(enrichedById.size());
            assertThat(get(first, "/api/articles/no-such-article").statusCode()).isEqualTo(404);

            // and the live stream of one instance delivers an article sent now, whichever instance processes it
            CompletableFuture<String> event = firstArticleEvent(second);
            long sentAt = System.nanoTime();
            pipeline.send(("\n\nHarbour festival opens in the coastal village\n\nThe village council opened the "
                    + "harbour festival on Saturday with an orchestra, a bakery market and a river parade.\n")
                    .getBytes(StandardCharsets.UTF_8), "filename", "live.txt");
            String data = event.get(60, TimeUnit.SECONDS);
            System.out.printf("TwoInstanceApiIT: send to SSE event %.0f ms%n", (System.nanoTime() - sentAt) / 1e6);
            assertThat(JsonMapper.get().readTree(data).path("title").asText())
                    .isEqualTo("Harbour festival opens in the coastal village");
        } finally {
            servers.forEach(ApiServer::close);
        }
    }

    private static void awaitBothHoldState(NewslineApplication a, NewslineApplication b) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (a.streams().state() == KafkaStreams.State.RUNNING && b.streams().state() == KafkaStreams.State.RUNNING
                    && a.streams().streamsMetadataForStore(LatestArticles.INDEX_STORE).size() == 2) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the two instances did not both hold sink state within 120 s");
    }

    /** The list once it has {@code expected} articles (the state lags the output topics by a commit or so). */
    private static JsonNode awaitList(HttpEndpoint at, int expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonNode list;
        do {
            list = getJson(at, "/api/articles?limit=500");
            if (list.path("articles").size() >= expected) {
                return list;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        return list;
    }

    /** Originals and copies per value over all buckets, as "originals/copies". */
    private static Map<String, String> totals(JsonNode counts) {
        Map<String, long[]> totals = new TreeMap<>();
        counts.path("buckets").forEach(bucket -> bucket.path("counts").properties().forEach(e -> {
            long[] t = totals.computeIfAbsent(e.getKey(), k -> new long[2]);
            t[0] += e.getValue().path("originals").asLong();
            t[1] += e.getValue().path("duplicates").asLong();
        }));
        return asText(totals);
    }

    private static Map<String, String> asText(Map<String, long[]> counts) {
        Map<String, String> text = new TreeMap<>();
        counts.forEach((k, v) -> text.put(k, v[0] + "/" + v[1]));
        return text;
    }

    private static CompletableFuture<String> firstArticleEvent(HttpEndpoint at) throws Exception {
        HttpResponse<InputStream> stream = HTTP.send(HttpRequest.newBuilder(URI.create(at.url() + "api/stream"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        return CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                boolean article = false;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.equals("event: article")) {
                        article = true;
                    } else if (article && line.startsWith("data: ")) {
                        return line.substring("data: ".length());
                    }
                }
                throw new IllegalStateException("the stream ended");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.isTextual() ? n.asText() : n.path("id").asText()));
        return ids;
    }

    private static JsonNode getJson(HttpEndpoint at, String path) throws Exception {
        HttpResponse<String> r = get(at, path);
        assertThat(r.statusCode()).as(path + " answered " + r.body()).isEqualTo(200);
        return JsonMapper.get().readTree(r.body());
    }

    private static HttpResponse<String> get(HttpEndpoint at, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://" + at.host() + ":" + at.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
