package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.source.RawTopic;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import dev.newsline.sink.demo.AccountedOutputs;
import dev.newsline.sink.demo.OutputCollector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a user runs against an existing cluster: {@code newsline run} and {@code newsline produce}. */
class CliIT {

    @Test
    void givenARunningCluster_whenNewslineRunsAndFilesAreProduced_thenTheyAreEnrichedAndTheTooLargeOneIsSkipped(
            @TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Floods in the north\n\nHeavy rain flooded villages in the north on Monday.");
        Files.writeString(articles.resolve("b.txt"), "Talks resume in Geneva\n\nDiplomats resumed talks in Geneva on Tuesday.");
        Files.writeString(articles.resolve("big.txt"), "Long\n\n" + "x".repeat(2994));
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            String bootstrap = kafka.bootstrapServers();
            // Given `newsline run` against the cluster
            Future<Integer> run = runner.submit(() -> CommandRun.of("run",
                    "--bootstrap-server", bootstrap, "--set", "newsline.topic.replication.factor=1",
                    "--set", "replication.factor=1", "--set", "state.dir=" + dir.resolve("state")).exitCode());

            // When `newsline produce` sends the folder, once run has created the topics, with a limit below big.txt
            for (int i = 0; i < 120 && !topicsExist(bootstrap, Topics.RAW, Topics.ENRICHED, Topics.DUPLICATES, Topics.REJECTED); i++) {
                Thread.sleep(500);
            }
            CommandRun produce = CommandRun.of("produce", "--bootstrap-server", bootstrap,
                    "--set", "newsline.max.article.bytes=2048", articles.toString());

            // Then it exits 0, says per file what it sent and what it skipped and why, and sums up
            assertThat(produce.exitCode()).as(produce.err()).isZero();
            assertThat(produce.out().lines()).anyMatch(l -> l.startsWith("sent a.txt: ") && l.contains("news.raw partition"))
                    .anyMatch(l -> l.startsWith("sent b.txt: "))
                    .contains("skipped big.txt: 3000 bytes (2.9 KiB), more than newsline.max.article.bytes=2048")
                    .anyMatch(l -> l.startsWith("news.raw at " + bootstrap + ": 2 articles sent, ") && l.endsWith(" in all; 1 skipped"));
            // and the two sent articles, and nothing else, come out on news.enriched
            try (OutputCollector out = new OutputCollector(bootstrap, new Properties())) {
                AccountedOutputs accounted = out.awaitAccounted(2, Duration.ofSeconds(90));
                assertThat(accounted.total()).isEqualTo(2);
                assertThat(accounted.byTopic().get(Topics.ENRICHED)).extracting(ConsumerRecord::value)
                        .anyMatch(v -> v.contains("\"filename\":\"a.txt\"")).anyMatch(v -> v.contains("\"filename\":\"b.txt\""));
            }
            run.cancel(true);
        } finally {
            runner.shutdownNow();
        }
    }

    @Test
    void givenNoNewsRaw_whenProduceSendsTheLargestAllowedArticle_thenItCreatesTheTopicLargeEnoughForIt(@TempDir Path dir)
            throws Exception {
        int largest = 2 * 1024 * 1024; // newsline.max.article.bytes at its maximum, above the broker's message.max.bytes
        Path article = dir.resolve("largest.txt");
        byte[] bytes = new byte[largest];
        Arrays.fill(bytes, (byte) 'a');
        Files.write(article, bytes);
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            String bootstrap = kafka.bootstrapServers();
            // Given a cluster without news.raw
            assertThat(topicsExist(bootstrap, Topics.RAW)).isFalse();

            // When produce sends an article as large as the settings allow
            CommandRun produce = CommandRun.of("produce", "--bootstrap-server", bootstrap,
                    "--set", "newsline.topic.partitions=2", "--set", "newsline.topic.replication.factor=1",
                    "--set", "newsline.max.article.bytes=" + largest, article.toString());

            // Then it created news.raw with the settings' partitions and a max.message.bytes that takes it, and sent it
            assertThat(produce.exitCode()).as(produce.err()).isZero();
            assertThat(produce.out()).contains("created news.raw: 2 partitions").contains("sent largest.txt: 2097152 bytes");
            try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, new Properties()))) {
                TopicDescription raw = admin.describeTopics(List.of(Topics.RAW)).allTopicNames().get().get(Topics.RAW);
                assertThat(raw.partitions()).hasSize(2);
                ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RAW);
                assertThat(admin.describeConfigs(List.of(topic)).all().get().get(topic).get("max.message.bytes").value())
                        .isEqualTo(String.valueOf(RawTopic.MAX_MESSAGE_BYTES));
            }
            List<ConsumerRecord<byte[], byte[]>> raw = readRaw(bootstrap, new Properties());
            assertThat(raw).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo(bytes);
                assertThat(new String(r.headers().lastHeader("filename").value(), StandardCharsets.UTF_8)).isEqualTo("largest.txt");
            });
        }
    }

    @Test
    void givenABadKafkaSetting_whenRunOrProduceStarts_thenOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.");
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            String bootstrap = kafka.bootstrapServers();
            CommandRun run = CommandRun.of("run", "--bootstrap-server", bootstrap,
                    "--set", "newsline.topic.replication.factor=1", "--set", "replication.factor=1",
                    "--set", "state.dir=" + dir.resolve("state"), "--set", "num.stream.threads=lots");
            CommandRun produce = CommandRun.of("produce", "--bootstrap-server", bootstrap,
                    "--set", "linger.ms=soon", article.toString());
            for (CommandRun bad : List.of(run, produce)) {
                assertThat(bad.exitCode()).isEqualTo(2);
                assertThat(bad.err().strip()).startsWith("newsline: bad Kafka setting: Invalid value")
                        .doesNotContain("\n").doesNotContain("Exception");
            }
            assertThat(run.err()).contains("num.stream.threads");
            assertThat(produce.err()).contains("linger.ms");
        }
    }

    @Test
    void givenAPlaintextBroker_whenProduceIsGivenSaslSettings_thenItSaysAuthenticationFailedNotUnreachable(@TempDir Path dir)
            throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.");
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            String bootstrap = kafka.bootstrapServers();
            CommandRun produce = CommandRun.of("produce", "--bootstrap-server", bootstrap,
                    "--set", "security.protocol=SASL_PLAINTEXT", "--set", "sasl.mechanism=PLAIN",
                    "--set", "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required "
                            + "username=\"newsline\" password=\"secret\";",
                    article.toString());
            assertThat(produce.exitCode()).isEqualTo(2);
            assertThat(produce.err().strip()).startsWith("newsline: authentication with Kafka at " + bootstrap + " failed")
                    .contains("check security.protocol and sasl.* settings").doesNotContain("\n");
        }
    }

    /** Every record on news.raw now, read to the end offsets (produce has returned, so its records are there). */
    static List<ConsumerRecord<byte[], byte[]>> readRaw(String bootstrap, Properties settings) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(ClientConfigFactory.consumer(bootstrap, settings),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW).stream()
                    .map(p -> new TopicPartition(Topics.RAW, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            for (int i = 0; i < 300 && partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)); i++) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static boolean topicsExist(String bootstrap, String... topics) throws Exception {
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, new Properties()))) {
            return admin.listTopics().names().get().containsAll(List.of(topics));
        }
    }
}
