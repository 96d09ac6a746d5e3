package dev.newsline.sink.demo;

import dev.newsline.ingest.topology.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads Newsline's output topics from the beginning with {@code read_committed}, as a downstream
 * consumer would: waits until every raw record is accounted for, and reads whole topics for dumps.
 */
public final class OutputCollector implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaConsumer<String, String> consumer;

    public OutputCollector(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    /**
     * Reads news.enriched, news.duplicates and news.rejected until together they hold at least
     * {@code expected} records; returns them per topic.
     *
     * @throws TimeoutException when fewer arrived within {@code timeout}
     */
    public Map<String, List<ConsumerRecord<String, String>>> awaitAccounted(int expected, Duration timeout)
            throws TimeoutException {
        Map<String, List<ConsumerRecord<String, String>>> byTopic = new LinkedHashMap<>();
        Topics.ACCOUNTED.forEach(t -> byTopic.put(t, new ArrayList<>()));
        assignFromBeginning(Topics.ACCOUNTED);
        Instant deadline = Instant.now().plus(timeout);
        int seen = 0;
        while (seen < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new TimeoutException("only " + seen + " of " + expected + " records reached the output topics within "
                        + timeout.toSeconds() + " s");
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                byTopic.get(r.topic()).add(r);
                seen++;
            }
        }
        return byTopic;
    }

    /** Every committed record of {@code topic}, from the beginning to its current end. */
    public List<ConsumerRecord<String, String>> readAll(String topic) {
        List<TopicPartition> partitions = assignFromBeginning(List.of(topic));
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(60);
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    /** The output topics that exist now: the three accounted ones, then per-country and per-topic ones. */
    public Set<String> outputTopics() throws ExecutionException, InterruptedException {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            Set<String> routed = new TreeSet<>();
            for (String name : admin.listTopics().names().get()) {
                if (Topics.isRoutedTopic(name)) {
                    routed.add(name);
                }
            }
            Set<String> all = new java.util.LinkedHashSet<>(Topics.ACCOUNTED);
            all.addAll(routed);
            return all;
        }
    }

    private List<TopicPartition> assignFromBeginning(List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
