package dev.newsline.sink.broker;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kafka.server.BrokerServer;
import kafka.server.ControllerServer;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft Kafka broker (combined broker + controller) started in this JVM from Kafka's
 * own Maven Central artifacts: free loopback ports, a temporary log dir, clean shutdown. The only class
 * that touches Kafka's internal test kit ({@code kafka-test-common-runtime}, pinned to the client version).
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {

    /** Credentials of the super user of {@link #startWithSaslPlain()}. */
    public static final List<String> SASL_ADMIN = List.of(JaasUtils.KAFKA_PLAIN_ADMIN, JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD);
    /** Credentials of a user without ACLs on {@link #startWithSaslPlain()}. */
    public static final List<String> SASL_USER = List.of(JaasUtils.KAFKA_PLAIN_USER1, JaasUtils.KAFKA_PLAIN_USER1_PASSWORD);

    private final KafkaClusterTestKit cluster;
    private final Path baseDir;
    private final SecurityProtocol protocol;
    private final CoordinatorWarmUp warmUp;

    private EmbeddedKafkaCluster(KafkaClusterTestKit cluster, Path baseDir, SecurityProtocol protocol) {
        this.cluster = cluster;
        this.baseDir = baseDir;
        this.protocol = protocol;
        // Over PLAINTEXT only: a SASL broker's clients need credentials the caller chooses.
        this.warmUp = protocol == SecurityProtocol.PLAINTEXT ? CoordinatorWarmUp.start(cluster.bootstrapServers()) : null;
    }

    /** Formats and starts the broker; returns once it accepts clients (about 2 s). */
    public static EmbeddedKafkaCluster start() throws Exception {
        return start(SecurityProtocol.PLAINTEXT);
    }

    /**
     * A broker whose client listener takes SASL/PLAIN only, with ACLs enforced: {@link #SASL_ADMIN} is a
     * super user, {@link #SASL_USER} has no ACLs. Sets the JVM's JAAS file while it runs.
     */
    public static EmbeddedKafkaCluster startWithSaslPlain() throws Exception {
        return start(SecurityProtocol.SASL_PLAINTEXT);
    }

    private static EmbeddedKafkaCluster start(SecurityProtocol protocol) throws Exception {
        Path baseDir = Files.createTempDirectory("newsline-kafka-");
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setBrokerSecurityProtocol(protocol)
                .setControllerSecurityProtocol(protocol)
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBaseDirectory(baseDir)
                .build())
                // One broker: internal topics must not ask for more replicas, or groups and transactions hang.
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "4")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("transaction.state.log.num.partitions", "4")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("num.partitions", "1")
                .setConfigProp("default.replication.factor", "1")
                .setConfigProp("message.max.bytes", String.valueOf(2 * 1024 * 1024))
                // news.raw keeps each article's event time, and the demo's and a replay's articles are months or
                // years old: the first retention check (30 s after start) deleted raw records not yet read. This
                // broker's logs are a temporary directory deleted on close, so it keeps everything.
                .setConfigProp("log.retention.ms", "-1")
                // A node that is its own controller: on a starved machine (2 cores, models loading) a heartbeat
                // late by the default 9 s fenced the only broker, took every partition offline and left
                // producers waiting until their records expired. There is no other broker to fail over to.
                .setConfigProp("broker.session.timeout.ms", "120000")
                .setDeleteOnClose(true)
                .build();
        PrintStream stdout = System.out;
        try {
            // Kafka's storage formatter prints to System.out; keep the CLI's output for the user.
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            cluster.close();
            throw e;
        } finally {
            System.setOut(stdout);
        }
        return new EmbeddedKafkaCluster(cluster, baseDir, protocol);
    }

    /**
     * Stops the node (broker, then its KRaft controller) and starts it again after {@code down}, on the same
     * log and metadata directories and the same port, as a restart of a broker process: clients keep their
     * bootstrap address and reconnect, and every record written before is still there. Returns once the
     * broker serves clients again.
     */
    public void restartBroker(Duration down) throws Exception {
        for (BrokerServer broker : cluster.brokers().values()) {
            broker.shutdown();
        }
        for (ControllerServer controller : cluster.controllers().values()) {
            controller.shutdown();
        }
        Thread.sleep(down.toMillis());
        for (ControllerServer controller : cluster.controllers().values()) {
            controller.startup();
        }
        for (BrokerServer broker : cluster.brokers().values()) {
            broker.startup();
        }
        cluster.waitForReadyBrokers();
    }

    /** {@code host:port} for clients. */
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        if (warmUp != null) {
            warmUp.close();
        }
        cluster.close();
        deleteQuietly(baseDir);
        if (protocol == SecurityProtocol.SASL_PLAINTEXT) {
            // The test kit pointed the JVM at a JAAS file it has just deleted; later brokers must not read it.
            System.clearProperty(org.apache.kafka.common.security.JaasUtils.JAVA_LOGIN_CONFIG_PARAM);
            javax.security.auth.login.Configuration.setConfiguration(null);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // A temp dir left behind is harmless; never fail a shutdown over it.
        }
    }
}
