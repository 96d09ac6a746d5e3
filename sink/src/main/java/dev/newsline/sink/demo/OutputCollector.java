package dev.newsline.sink.demo;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.topology.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads Newsline's output topics from the beginning with {@code read_committed}, as a downstream
 * consumer would: waits until every raw record is accounted for, and reads whole topics for dumps.
 */
public final class OutputCollector implements AutoCloseable {

    /** How long reading on to the end offsets may take once the records are there. */
    private static final Duration TAIL = Duration.ofSeconds(60);

    private final Properties adminConfig;
    private final KafkaConsumer<String, String> consumer;

    /** A reader with the user's client settings ({@code security.*}, {@code consumer.*}…). */
    public OutputCollector(String bootstrapServers, Properties settings) {
        this.adminConfig = ClientConfigFactory.admin(bootstrapServers, settings);
        this.consumer = new KafkaConsumer<>(ClientConfigFactory.consumer(bootstrapServers, settings),
                new StringDeserializer(), new StringDeserializer());
    }

    /**
     * Waits until news.enriched, news.duplicates and news.rejected together hold at least {@code expected}
     * records (or {@code timeout} passes), then reads every partition of them on to its end offset (the last
     * stable offset, under read_committed) and returns everything, extras included.
     */
    public AccountedOutputs awaitAccounted(int expected, Duration timeout) {
        Map<String, List<ConsumerRecord<String, String>>> byTopic = new LinkedHashMap<>();
        Topics.ACCOUNTED.forEach(t -> byTopic.put(t, new ArrayList<>()));
        Consumer<ConsumerRecord<String, String>> keep = r -> byTopic.get(r.topic()).add(r);
        List<TopicPartition> partitions = assignFromBeginning(Topics.ACCOUNTED);
        Instant deadline = Instant.now().plus(timeout);
        int seen = 0;
        while (seen < expected && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                keep.accept(r);
                seen++;
            }
        }
        // Stopping at the expected count would hide records that should not be there: read on to the end.
        boolean atEnd = readToEnd(partitions, keep);
        int total = byTopic.values().stream().mapToInt(List::size).sum();
        return new AccountedOutputs(expected, byTopic, !atEnd || total < expected);
    }

    /** Every committed record of {@code topic}, from the beginning to its current end. */
    public List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        readToEnd(assignFromBeginning(List.of(topic)), records::add);
        return records;
    }

    /** Reads the assigned {@code partitions} on from their positions to their end offsets now; false if that took too long. */
    private boolean readToEnd(List<TopicPartition> partitions, Consumer<ConsumerRecord<String, String>> keep) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Instant deadline = Instant.now().plus(TAIL);
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            consumer.poll(Duration.ofMillis(200)).forEach(keep);
        }
        return true;
    }

    /** The output topics that exist now: the three accounted ones, then per-country and per-topic ones. */
    public Set<String> outputTopics() throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> routed = new TreeSet<>();
            for (String name : admin.listTopics().names().get()) {
                if (Topics.isRoutedTopic(name)) {
                    routed.add(name);
                }
            }
            Set<String> all = new LinkedHashSet<>(Topics.ACCOUNTED);
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
