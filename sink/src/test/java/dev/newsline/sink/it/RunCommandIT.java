package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.errors.FailureCounter;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.app.FailureInjector;
import dev.newsline.sink.app.ThreadReplacementPolicy;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import dev.newsline.sink.cli.NewslineCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsline run} when its Streams instance dies: a failure that comes back on the same record is met with a
 * bounded number of thread replacements, then the instance stops and the command exits non-zero, never looping.
 */
class RunCommandIT {

    @Test
    void givenARecordThatFailsTheStreamThreadEveryTime_whenRunMeetsIt_thenItStopsAndExitsNonZero(@TempDir Path dir)
            throws Exception {
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            String bootstrap = kafka.bootstrapServers();
            long replacedBefore = FailureCounter.THREAD_REPLACED.value();
            // Given `newsline run` with a processor that fails the stream thread itself on marked records
            Properties injector = FailureInjector.config("sink-encode-enriched", "POISON");
            injector.put(FailureInjector.KIND, "streams");
            List<String> args = new java.util.ArrayList<>(List.of("run", "--bootstrap-server", bootstrap,
                    "--set", "newsline.topic.replication.factor=1", "--set", "replication.factor=1",
                    "--set", "newsline.route.tags=off", "--set", "state.dir=" + dir.resolve("state"),
                    // A replaced thread's partitions move once the dead member's session times out: keep it short.
                    "--set", "session.timeout.ms=6000"));
            injector.stringPropertyNames().forEach(k -> args.addAll(List.of("--set", k + "=" + injector.getProperty(k))));
            Future<Integer> run = runner.submit(() -> NewslineCommand.commandLine().execute(args.toArray(String[]::new)));
            awaitTopics(bootstrap);

            // When such a record arrives
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(ClientConfigFactory.producer(bootstrap,
                    new Properties()), new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.RAW, ("POISON for the thread\n\nEvery thread that reads "
                        + "this record fails.").getBytes(StandardCharsets.UTF_8))).get();
            }

            // Then the threads are replaced as often as the policy allows, the instance stops, and run exits 1
            assertThat(run.get(3, TimeUnit.MINUTES)).isEqualTo(1);
            assertThat(FailureCounter.THREAD_REPLACED.value() - replacedBefore)
                    .isEqualTo(ThreadReplacementPolicy.MAX_REPLACEMENTS);
        } finally {
            runner.shutdownNow();
        }
    }

    private static void awaitTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, new Properties()))) {
            for (int i = 0; i < 240; i++) {
                if (admin.listTopics().names().get().containsAll(List.of(Topics.RAW, Topics.ENRICHED))) {
                    return;
                }
                Thread.sleep(500);
            }
        }
        throw new AssertionError("newsline run did not create the topics");
    }
}
