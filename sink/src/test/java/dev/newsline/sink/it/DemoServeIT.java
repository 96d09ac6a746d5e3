package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.sink.cli.NewslineCommand;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsline demo --serve} in its own JVM: after the summary it prints the URL and keeps serving until stopped. */
class DemoServeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void givenTheDemoWithServe_whenItHasSummarized_thenItKeepsServingThePageAndTheApiUntilStopped(@TempDir Path dir)
            throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("a.txt"), "Floods in the north\n\nHeavy rain flooded villages in the north on Monday.");
        Files.writeString(inputs.resolve("b.txt"), "Talks resume in Geneva\n\nDiplomats resumed talks in Geneva on Tuesday.");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("demo.log");
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                NewslineCommand.class.getName(), "demo", "--input", inputs.toString(), "--dump-dir",
                dir.resolve("dumps").toString(), "--serve", "--http-port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // When the demo has summarized
            String url = "http://localhost:" + port + "/";
            awaitLine(demo, log, "Newsline desk at " + url);

            // Then it is still running and serves the page, the API and health
            assertThat(Files.readString(log)).contains("2 of 2 records accounted for");
            assertThat(demo.isAlive()).isTrue();
            HttpResponse<String> page = get(url);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("content-type").orElse("")).startsWith("text/html");
            JsonNode list = JsonMapper.get().readTree(get(url + "api/articles").body());
            assertThat(list.path("articles")).hasSize(2);
            List<String> titles = List.of(list.path("articles").get(0).path("title").asText(),
                    list.path("articles").get(1).path("title").asText());
            assertThat(titles).containsExactlyInAnyOrder("Floods in the north", "Talks resume in Geneva");
            assertThat(get(url + "health").statusCode()).isEqualTo(200);
            assertThat(get(url + "metrics").body()).contains("newsline_records_out_total{topic=\"news.enriched\"}");

            // and a stop (SIGTERM, as Ctrl-C) ends it
            demo.destroy();
            assertThat(demo.waitFor(60, TimeUnit.SECONDS)).as(Files.readString(log)).isTrue();
        } finally {
            demo.destroyForcibly();
        }
    }

    /** Waits until the demo prints {@code line}, as long as it runs (the demo starts a broker and loads models). */
    private static void awaitLine(Process process, Path log, String line) throws Exception {
        Instant deadline = Instant.now().plusSeconds(300);
        while (!Files.readString(log).contains(line)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the demo did not print '" + line + "' (" + (process.isAlive()
                        ? "still running" : "exit " + process.exitValue()) + "):\n" + Files.readString(log));
            }
            Thread.sleep(500);
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
