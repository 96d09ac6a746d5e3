package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import dev.newsline.sink.cli.NewslineCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsline run --http-port}: it serves the API and health; a port already taken is a one-line error, exit 2. */
class RunHttpIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void givenRunWithAnHttpPort_whenItIsRunning_thenItServesHealthTheApiAndOneLine400s(@TempDir Path dir)
            throws Exception {
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Future<Integer> run = null;
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            int port = freePort();
            // Given `newsline run --http-port`
            run = runner.submit(() -> NewslineCommand.commandLine().execute(args(kafka, dir, port)));

            // When it is running
            String base = "http://localhost:" + port;
            awaitHealthy(base, run);

            // Then the API answers, for this one-instance cluster, and refuses bad parameters in one line
            JsonNode list = JsonMapper.get().readTree(get(base + "/api/articles").body());
            assertThat(list.path("articles").isArray()).isTrue();
            HttpResponse<String> bad = get(base + "/api/articles?limit=0");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(JsonMapper.get().readTree(bad.body()).path("error").asText())
                    .isEqualTo("limit=0 is not valid: give an integer from 1 to 500");
            assertThat(get(base + "/metrics").body()).contains("kafka_stream_").contains("jvm_memory_used_bytes");
            // and a request that would change anything is not accepted
            HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isIn(404, 405);
        } finally {
            runner.shutdownNow(); // interrupts run, which closes its server and instance
            assertThat(runner.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        // and being stopped so is a clean stop, not a failure
        assertThat(run.get()).isZero();
    }

    @Test
    void givenAPortAlreadyTaken_whenRunStarts_thenItSaysSoInOneLineAndExitsTwo(@TempDir Path dir) throws Exception {
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start(); ServerSocket taken = new ServerSocket(0)) {
            StringWriter err = new StringWriter();
            CommandLine cli = NewslineCommand.commandLine();
            cli.setErr(new PrintWriter(err));

            int exit = cli.execute(args(kafka, dir, taken.getLocalPort()));

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString().strip()).startsWith("newsline: cannot serve HTTP at http://localhost:"
                    + taken.getLocalPort() + "/").contains("choose another --http-port").doesNotContain("\n");
        }
    }

    private static String[] args(EmbeddedKafkaCluster kafka, Path dir, int port) {
        return List.of("run", "--bootstrap-server", kafka.bootstrapServers(), "--set",
                "newsline.topic.replication.factor=1", "--set", "replication.factor=1", "--set",
                "newsline.route.tags=off", "--set", "state.dir=" + dir.resolve("state"), "--http-port",
                String.valueOf(port)).toArray(String[]::new);
    }

    private static void awaitHealthy(String base, Future<Integer> run) throws Exception {
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            if (run.isDone()) {
                throw new AssertionError("run ended with exit " + run.get());
            }
            try {
                if (get(base + "/health").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the server starts once the instance is running
            }
            Thread.sleep(500);
        }
        throw new AssertionError("run did not serve a healthy /health within 180 s");
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
