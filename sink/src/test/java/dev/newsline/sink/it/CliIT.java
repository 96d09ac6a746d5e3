package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import dev.newsline.sink.cli.NewslineCommand;
import dev.newsline.sink.demo.OutputCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a user runs against an existing cluster: {@code newsline run} and {@code newsline produce}. */
class CliIT {

    @Test
    void givenARunningCluster_whenNewslineRunsAndFilesAreProduced_thenTheyAreEnriched(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Floods in the north\n\nHeavy rain flooded villages in the north on Monday.");
        Files.writeString(articles.resolve("b.txt"), "Talks resume in Geneva\n\nDiplomats resumed talks in Geneva on Tuesday.");
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            String bootstrap = kafka.bootstrapServers();
            // Given `newsline run` against the cluster
            Future<Integer> run = runner.submit(() -> NewslineCommand.commandLine().execute("run",
                    "--bootstrap-server", bootstrap, "--set", "newsline.topic.replication.factor=1",
                    "--set", "replication.factor=1", "--set", "state.dir=" + dir.resolve("state")));

            // When `newsline produce` sends a folder, once run has created the topics
            for (int i = 0; i < 120 && !pipelineTopicsExist(bootstrap); i++) {
                Thread.sleep(500);
            }
            int produced = NewslineCommand.commandLine().execute("produce", "--bootstrap-server", bootstrap, articles.toString());
            assertThat(produced).isZero();

            // Then both articles come out on news.enriched
            try (OutputCollector out = new OutputCollector(bootstrap)) {
                Map<String, List<ConsumerRecord<String, String>>> records = out.awaitAccounted(2, Duration.ofSeconds(90));
                assertThat(records.get(Topics.ENRICHED)).hasSize(2);
            }
            run.cancel(true);
        } finally {
            runner.shutdownNow();
        }
    }

    /** `newsline run` creates news.raw and the output topics before it starts. */
    private static boolean pipelineTopicsExist(String bootstrap) throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", bootstrap);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(p)) {
            return admin.listTopics().names().get().containsAll(List.of(Topics.RAW, Topics.ENRICHED, Topics.DUPLICATES, Topics.REJECTED));
        }
    }
}
