package dev.newsline.sink.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.app.NewslineApplication;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import dev.newsline.sink.demo.AccountedOutputs;
import dev.newsline.sink.demo.OutputCollector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Test fixture: a real embedded broker with one or more Newsline instances on it, a raw producer and an
 * output reader. Enrichers (language models, gazetteers) are loaded once per JVM.
 */
public final class RunningPipeline implements AutoCloseable {

    private static Enrichers sharedEnrichers;

    private final EmbeddedKafkaCluster kafka;
    private final Properties config;
    private final List<NewslineApplication> instances = new ArrayList<>();
    private final KafkaProducer<byte[], byte[]> producer;

    private RunningPipeline(EmbeddedKafkaCluster kafka, Properties config) {
        this.kafka = kafka;
        this.config = config;
        this.producer = new KafkaProducer<>(ClientConfigFactory.producer(kafka.bootstrapServers(), config),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A broker and {@code instances} application instances, topics with {@code partitions} partitions. */
    public static RunningPipeline start(int partitions, int instances, Properties extra) throws Exception {
        EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start();
        Properties config = new Properties();
        config.put("newsline.topic.partitions", String.valueOf(partitions));
        config.put("newsline.topic.replication.factor", "1");
        config.put("replication.factor", "1");
        config.put("commit.interval.ms", "100");
        config.putAll(extra);
        RunningPipeline pipeline = new RunningPipeline(kafka, config);
        for (int i = 0; i < instances; i++) {
            pipeline.startInstance();
        }
        return pipeline;
    }

    /** Starts one more application instance with its own state directory; returns its index. */
    public int startInstance() throws Exception {
        Properties p = new Properties();
        p.putAll(config);
        p.put("state.dir", Files.createTempDirectory("newsline-it-state-").toString());
        instances.add(NewslineApplication.start(kafka.bootstrapServers(), p, enrichers(p), Duration.ofSeconds(90)));
        return instances.size() - 1;
    }

    /** Starts one more instance with {@code extra} settings on top of the pipeline's (e.g. its application.server). */
    public int startInstance(Properties extra) throws Exception {
        Properties p = new Properties();
        p.putAll(config);
        p.putAll(extra);
        p.put("state.dir", Files.createTempDirectory("newsline-it-state-").toString());
        instances.add(NewslineApplication.start(kafka.bootstrapServers(), p, enrichers(p), Duration.ofSeconds(90)));
        return instances.size() - 1;
    }

    /** Starts an instance on an existing state directory (a restart). */
    public int startInstance(String stateDir) throws Exception {
        Properties p = new Properties();
        p.putAll(config);
        p.put("state.dir", stateDir);
        instances.add(NewslineApplication.start(kafka.bootstrapServers(), p, enrichers(p), Duration.ofSeconds(90)));
        return instances.size() - 1;
    }

    /** Stops the instance at {@code index} cleanly (its state directory stays for a restart). */
    public void stopInstance(int index) {
        instances.get(index).close();
    }

    /** The instance at {@code index}. */
    public NewslineApplication instance(int index) {
        return instances.get(index);
    }

    private static synchronized Enrichers enrichers(Properties p) {
        if (sharedEnrichers == null) {
            sharedEnrichers = Enrichers.load(NewslineSettings.from(p));
        }
        return sharedEnrichers;
    }

    /**
     * Sends one raw record with optional headers (name, value, name, value…); waits for the ack and returns
     * where it landed ({@code partition@offset}, as output records' {@code origin} names it).
     */
    public String send(byte[] value, String... headers) throws ExecutionException, InterruptedException {
        return send(null, value, headers);
    }

    /** As {@link #send(byte[], String...)}, with the record's timestamp (the article's event time; null: now). */
    public String send(Long timestamp, byte[] value, String... headers) throws ExecutionException, InterruptedException {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.RAW, null, timestamp, null, value);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            record.headers().add(headers[i], headers[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        RecordMetadata sent = producer.send(record).get();
        return sent.partition() + "@" + sent.offset();
    }

    /**
     * Waits until the three accounted topics hold {@code expected} records, then reads them to their end;
     * returns every record (extras too) as JSON per topic.
     *
     * @throws TimeoutException when fewer than {@code expected} arrived within {@code timeout}
     */
    public Map<String, List<JsonNode>> awaitAccounted(int expected, Duration timeout) throws Exception {
        return awaitAccounted(kafka.bootstrapServers(), config, expected, timeout);
    }

    /** As {@link #awaitAccounted(int, Duration)}, on any cluster (tests that run their own instances). */
    public static Map<String, List<JsonNode>> awaitAccounted(String bootstrapServers, Properties settings,
                                                             int expected, Duration timeout) throws Exception {
        try (OutputCollector collector = new OutputCollector(bootstrapServers, settings)) {
            AccountedOutputs records = collector.awaitAccounted(expected, timeout);
            if (records.timedOut()) {
                throw new TimeoutException("only " + records.total() + " of " + expected
                        + " records reached the output topics within " + timeout.toSeconds() + " s\n"
                        + StallReport.describe(bootstrapServers, settings));
            }
            Map<String, List<JsonNode>> json = new java.util.LinkedHashMap<>();
            records.byTopic().forEach((topic, list) -> json.put(topic, list.stream().map(r -> parse(r.value())).toList()));
            return json;
        }
    }

    /** {@code partition@offset} of the raw record each output record comes from, per its {@code origin}. */
    public static List<String> origins(Map<String, List<JsonNode>> outputs) {
        return outputs.values().stream().flatMap(List::stream)
                .map(n -> n.path("origin").path("partition").asText() + "@" + n.path("origin").path("offset").asText())
                .toList();
    }

    /** Every committed record of {@code topic}, as JSON. */
    public List<JsonNode> readAll(String topic) {
        try (OutputCollector collector = new OutputCollector(kafka.bootstrapServers(), config)) {
            return collector.readAll(topic).stream().map(r -> parse(r.value())).toList();
        }
    }

    /** Stops the broker and starts it again after {@code down} on the same log directory and address. */
    public void restartBroker(Duration down) throws Exception {
        kafka.restartBroker(down);
    }

    /** The settings every instance gets (state.dir aside), e.g. for a {@code newsline run} process to match them. */
    public Properties settings() {
        Properties copy = new Properties();
        copy.putAll(config);
        return copy;
    }

    /** Bootstrap servers of the embedded broker. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    private static JsonNode parse(String json) {
        try {
            return JsonMapper.get().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        producer.close();
        for (NewslineApplication app : instances) {
            app.close();
        }
        kafka.close();
    }
}
