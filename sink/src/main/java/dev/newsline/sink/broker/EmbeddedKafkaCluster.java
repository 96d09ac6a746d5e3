package dev.newsline.sink.broker;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kafka.server.BrokerServer;
import kafka.server.ControllerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft Kafka broker (combined broker + controller) started in this JVM from Kafka's
 * own Maven Central artifacts: free loopback ports, a temporary log dir, clean shutdown. The only class
 * that touches Kafka's internal test kit ({@code kafka-test-common-runtime}, pinned to the client version).
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {

    private final KafkaClusterTestKit cluster;
    private final Path baseDir;

    private EmbeddedKafkaCluster(KafkaClusterTestKit cluster, Path baseDir) {
        this.cluster = cluster;
        this.baseDir = baseDir;
    }

    /** Formats and starts the broker; returns once it accepts clients (about 2 s). */
    public static EmbeddedKafkaCluster start() throws Exception {
        Path baseDir = Files.createTempDirectory("newsline-kafka-");
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
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
        return new EmbeddedKafkaCluster(cluster, baseDir);
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
        cluster.close();
        deleteQuietly(baseDir);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // A temp dir left behind is harmless; never fail a shutdown over it.
        }
    }
}
