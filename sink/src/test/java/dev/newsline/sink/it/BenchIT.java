package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.bench.Stage;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsline bench} on the embedded broker: a complete, self-consistent report (no timing is asserted). */
class BenchIT {

    private static final Path SEEDS = Path.of(System.getProperty("newsline.repo.root", ".."), "seeds");
    private static final int ARTICLES = 200;
    private static final int LATENCY_ARTICLES = 150; // --rate 50 for 3 s

    @Test
    void givenASmallRun_whenTheBenchRuns_thenEveryPhaseAccountsForItsArticlesAndTheFiguresAgree(@TempDir Path dir)
            throws Exception {
        // Given a small bench on the embedded broker
        Path json = dir.resolve("bench.json");

        // When it runs
        CommandRun bench = CommandRun.of("bench", "--seeds", SEEDS.toString(), "--articles", String.valueOf(ARTICLES),
                "--rate", "50", "--latency-seconds", "3", "--json", json.toString());

        // Then it succeeds and prints the table
        assertThat(bench.exitCode()).as(bench.out() + bench.err()).isZero();
        assertThat(bench.out()).contains("pass-through articles/s").contains("ratio pipeline / pass-through")
                .contains("latency p50 / p95 / p99").contains("CPU per stage");
        JsonNode report = JsonMapper.get().readTree(json.toFile());
        // and the input is the asked size, with re-sends and rewrites among the originals
        JsonNode input = report.path("input");
        assertThat(input.path("originals").asInt() + input.path("resends").asInt() + input.path("rewrites").asInt())
                .isEqualTo(ARTICLES);
        assertThat(input.path("resends").asInt()).isPositive();
        assertThat(input.path("by_language").size()).isGreaterThan(3);
        // and the pass-through put out exactly what it read
        assertThat(report.path("pass_through").path("by_topic").size()).isEqualTo(1);
        assertThat(sum(report.path("pass_through").path("by_topic"))).isEqualTo(ARTICLES);
        // and the pipeline accounted for every article exactly once, on the three accounted topics only
        JsonNode pipeline = report.path("pipeline").path("by_topic");
        assertThat(fieldNames(pipeline)).containsExactlyInAnyOrderElementsOf(Topics.ACCOUNTED);
        assertThat(sum(pipeline)).isEqualTo(ARTICLES);
        assertThat(pipeline.path(Topics.DUPLICATES).asLong()).isGreaterThanOrEqualTo(input.path("resends").asLong());
        assertThat(report.path("pass_through").path("timed_out").asBoolean()).isFalse();
        assertThat(report.path("pipeline").path("timed_out").asBoolean()).isFalse();
        // and the ratio is the pipeline's rate over the pass-through's
        double pass = report.path("pass_through").path("articles_per_second").asDouble();
        double full = report.path("pipeline").path("articles_per_second").asDouble();
        assertThat(pass).isPositive();
        assertThat(report.path("ratio").asDouble()).isCloseTo(full / pass, within(1e-9));
        // and every paced article got a latency, in order p50 <= p95 <= p99 <= max
        JsonNode latency = report.path("latency");
        assertThat(latency.path("sent").asInt()).isEqualTo(LATENCY_ARTICLES);
        assertThat(latency.path("unread_at_start").asLong()).as("the backlog drained before the latency phase").isZero();
        assertThat(sum(latency.path("by_topic"))).isEqualTo(LATENCY_ARTICLES);
        JsonNode millis = latency.path("millis");
        assertThat(millis.path("count").asInt()).isEqualTo(LATENCY_ARTICLES);
        assertThat(millis.path("p50").asLong()).isNotNegative().isLessThanOrEqualTo(millis.path("p95").asLong());
        assertThat(millis.path("p95").asLong()).isLessThanOrEqualTo(millis.path("p99").asLong());
        assertThat(millis.path("p99").asLong()).isLessThanOrEqualTo(millis.path("max").asLong());
        // and memory, start-up and the CPU profile are filled in, every stage listed and the shares adding up
        assertThat(report.path("memory").path("heap_bytes").asLong()).isPositive();
        assertThat(report.path("memory").path("heap_bytes").asLong())
                .isGreaterThanOrEqualTo(report.path("memory").path("heap_after_gc_bytes").asLong());
        assertThat(report.path("first_output_millis").asLong()).isGreaterThan(report.path("model_load_millis").asLong());
        JsonNode cpu = report.path("cpu");
        assertThat(cpu.path("samples").asLong()).isPositive();
        List<String> stages = new ArrayList<>();
        double shares = 0;
        long samples = 0;
        for (JsonNode s : cpu.path("stages")) {
            stages.add(s.path("stage").asText());
            shares += s.path("share").asDouble();
            samples += s.path("samples").asLong();
        }
        assertThat(stages).containsExactlyElementsOf(Arrays.stream(Stage.values()).map(Stage::label).toList());
        assertThat(samples).isEqualTo(cpu.path("samples").asLong());
        assertThat(shares).isCloseTo(1.0, within(1e-6));
        assertThat(cpu.path("top_frames").size()).isPositive();
        // and the CPU clocks: the process ran, its stream threads among its threads, never more than it used
        JsonNode time = cpu.path("time");
        assertThat(time.path("process_cpu_millis").asLong()).isPositive();
        assertThat(time.path("stream_threads").asInt()).isPositive();
        assertThat(time.path("stream_threads_cpu_millis").asLong()).isPositive()
                .isLessThanOrEqualTo(time.path("process_cpu_millis").asLong());
        assertThat(time.path("by_thread").toString()).contains("StreamThread-#");
        // and the restart phase started the pipeline again on its topics and put out every waiting article once
        JsonNode restart = report.path("restart");
        assertThat(restart.path("timed_out").asBoolean()).isFalse();
        assertThat(fieldNames(restart.path("by_topic"))).containsExactlyInAnyOrderElementsOf(Topics.ACCOUNTED);
        assertThat(sum(restart.path("by_topic"))).isEqualTo(restart.path("articles").asLong()).isPositive();
        assertThat(restart.path("running_millis").asLong()).isGreaterThanOrEqualTo(restart.path("model_load_millis").asLong());
        assertThat(restart.path("first_output_millis").asLong()).isPositive()
                .isLessThanOrEqualTo(restart.path("all_out_millis").asLong() + 1_000);
        assertThat(bench.out()).contains("restart: load / RUNNING / first").contains("CPU by thread");
    }

    @Test
    void givenNoArticles_whenTheBenchIsAsked_thenItSaysWhatIsWrongInOneLine() {
        CommandRun bench = CommandRun.of("bench", "--seeds", SEEDS.toString(), "--articles", "0");

        assertThat(bench.exitCode()).isNotZero();
        assertThat(bench.err().strip()).isEqualTo("newsline: --articles takes a number of articles, 1 or more, got 0");
    }

    @Test
    void givenAClusterWithAPipelineAlready_whenTheBenchIsPointedAtIt_thenItSaysSoBeforeProducingAnything()
            throws Exception {
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            // Given a cluster where news.raw exists
            String bootstrap = kafka.bootstrapServers();
            try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, new Properties()))) {
                admin.createTopics(List.of(new NewTopic(Topics.RAW, 1, (short) 1))).all().get();
            }

            // When the bench is pointed at it
            CommandRun bench = CommandRun.of("bench", "--seeds", SEEDS.toString(), "--articles", "20",
                    "--bootstrap-server", bootstrap);

            // Then it says what is wrong in one line, exits 2, and has created no topic of its own
            assertThat(bench.exitCode()).isEqualTo(2);
            assertThat(bench.err().strip()).startsWith("newsline: news.raw exists on this cluster").doesNotContain("\n");
            try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, new Properties()))) {
                assertThat(admin.listTopics().names().get()).noneMatch(t -> t.startsWith("bench."));
            }
        }
    }

    private static long sum(JsonNode byTopic) {
        long total = 0;
        for (JsonNode n : byTopic) {
            total += n.asLong();
        }
        return total;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
