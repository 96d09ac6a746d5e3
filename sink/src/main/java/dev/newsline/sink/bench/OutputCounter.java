package dev.newsline.sink.bench;

import dev.newsline.ingest.config.ClientConfigFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the records a phase adds to its output topics with a {@code read_committed} consumer that starts at the
 * topics' end offsets when it is made (records already there are not this phase's). Values stay bytes.
 */
final class OutputCounter implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<String> topics;

    OutputCounter(String bootstrapServers, Properties settings, List<String> topics) {
        Properties p = new Properties();
        p.putAll(settings);
        p.put("fetch.max.bytes", String.valueOf(64 * 1024 * 1024));
        this.consumer = new KafkaConsumer<>(ClientConfigFactory.consumer(bootstrapServers, p),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.topics = List.copyOf(topics);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the start now, before the phase writes anything
    }

    /** Reads until {@code expected} records arrived or {@code timeout} passed, handing each to {@code each}. */
    OutputCount await(long expected, Duration timeout, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Map<String, Long> byTopic = new LinkedHashMap<>();
        topics.forEach(t -> byTopic.put(t, 0L));
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = 0;
        long first = Long.MAX_VALUE;
        while (seen < expected && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                byTopic.merge(r.topic(), 1L, Long::sum);
                first = Math.min(first, r.timestamp());
                each.accept(r);
                seen++;
            }
        }
        long done = System.nanoTime();
        // Records that should not be there (more than were sent) must show in the counts: read on briefly.
        for (int i = 0; i < 5; i++) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                byTopic.merge(r.topic(), 1L, Long::sum);
                each.accept(r);
            }
        }
        return new OutputCount(byTopic, first == Long.MAX_VALUE ? -1 : first, done, seen < expected);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
