package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsline produce} against a cluster that takes SASL/PLAIN only and enforces ACLs: the user's
 * {@code --config} reaches the broker check, the topic creation and the producer alike, and refused
 * credentials or missing ACLs are one line each, exit 2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuredClusterIT {

    private EmbeddedKafkaCluster kafka;
    private String bootstrap;

    @BeforeAll
    void givenASaslClusterWithAcls() throws Exception {
        kafka = EmbeddedKafkaCluster.startWithSaslPlain();
        bootstrap = kafka.bootstrapServers();
    }

    @AfterAll
    void stop() throws Exception {
        kafka.close();
    }

    @Test
    void whenProduceHasTheCredentialsInItsConfigFile_thenTheArticleIsOnNewsRaw(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Floods in the north\n\nHeavy rain flooded villages.");
        Path config = clientConfig(dir, EmbeddedKafkaCluster.SASL_ADMIN.get(0), EmbeddedKafkaCluster.SASL_ADMIN.get(1));

        CommandRun produce = CommandRun.of("produce", "--bootstrap-server", bootstrap, "--config", config.toString(),
                "--set", "newsline.topic.replication.factor=1", article.toString());

        assertThat(produce.exitCode()).as(produce.err()).isZero();
        assertThat(produce.out()).contains("created news.raw").contains("sent a.txt: ").contains("1 article sent");
        List<ConsumerRecord<byte[], byte[]>> raw = CliIT.readRaw(bootstrap, load(config));
        assertThat(raw).singleElement().satisfies(r ->
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(article)));
    }

    @Test
    void whenThePasswordIsWrong_thenItSaysTheCredentialsWereRefused(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.");
        Path config = clientConfig(dir, EmbeddedKafkaCluster.SASL_ADMIN.get(0), "not-the-password");

        CommandRun produce = CommandRun.of("produce", "--bootstrap-server", bootstrap, "--config", config.toString(),
                article.toString());

        assertThat(produce.exitCode()).isEqualTo(2);
        assertThat(produce.err().strip()).isEqualTo("newsline: Kafka at " + bootstrap
                + " refused the credentials (SASL authentication failed): check sasl.* settings");
    }

    @Test
    void whenTheUserHasNoAcls_thenItSaysAccessWasDenied(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.");
        Path config = clientConfig(dir, EmbeddedKafkaCluster.SASL_USER.get(0), EmbeddedKafkaCluster.SASL_USER.get(1));

        CommandRun produce = CommandRun.of("produce", "--bootstrap-server", bootstrap, "--config", config.toString(),
                article.toString());

        assertThat(produce.exitCode()).isEqualTo(2);
        assertThat(produce.err().strip()).startsWith("newsline: Kafka at " + bootstrap + " denied access to topic news.raw")
                .doesNotContain("\n").doesNotContain("Exception:");
    }

    private static Path clientConfig(Path dir, String user, String password) throws Exception {
        return Files.writeString(dir.resolve("client.properties"), String.join("\n",
                "security.protocol=SASL_PLAINTEXT",
                "sasl.mechanism=PLAIN",
                "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + user + "\" password=\"" + password + "\";"));
    }

    private static Properties load(Path config) throws Exception {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(config)) {
            p.load(r);
        }
        return p;
    }
}
