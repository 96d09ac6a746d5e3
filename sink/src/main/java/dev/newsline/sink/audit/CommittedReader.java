package dev.newsline.sink.audit;

import dev.newsline.ingest.config.ClientConfigFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads whole topics as a downstream consumer sees them ({@code read_committed}: aborted records and
 * transaction markers are skipped), from the log start to an end offset taken beforehand.
 */
final class CommittedReader implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Duration timeout;

    CommittedReader(String bootstrapServers, Properties settings, Duration timeout) {
        Properties config = ClientConfigFactory.consumer(bootstrapServers, settings);
        // An audit that saw uncommitted records, or created the topics it looks for, would prove nothing.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.timeout = timeout;
    }

    /** Every partition of {@code topic}. */
    List<TopicPartition> partitions(String topic) throws AuditException {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic, timeout).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            if (partitions.isEmpty()) {
                throw new AuditException("topic " + topic + " does not exist: is this the cluster Newsline runs on?");
            }
            return partitions;
        } catch (TimeoutException e) {
            throw timedOut("the partitions of " + topic);
        }
    }

    /** The first offset still in each partition's log. */
    Map<TopicPartition, Long> logStarts(Collection<TopicPartition> partitions) throws AuditException {
        try {
            return consumer.beginningOffsets(partitions, timeout);
        } catch (TimeoutException e) {
            throw timedOut("the log start offsets");
        }
    }

    /** The last stable offset of each partition: below it every transaction is decided. */
    Map<TopicPartition, Long> ends(Collection<TopicPartition> partitions) throws AuditException {
        try {
            return consumer.endOffsets(partitions, timeout);
        } catch (TimeoutException e) {
            throw timedOut("the end offsets");
        }
    }

    /**
     * Hands every committed record below {@code ends} to {@code each}. All partitions are fetched together; one
     * that reaches its end is paused, so the reader never waits on a long poll of a partition it has finished.
     */
    void read(Map<TopicPartition, Long> ends, Consumer<ConsumerRecord<byte[], byte[]>> each) throws AuditException {
        consumer.assign(ends.keySet());
        consumer.seekToBeginning(ends.keySet());
        Set<TopicPartition> unfinished = new HashSet<>(ends.keySet());
        Instant deadline = Instant.now().plus(timeout);
        try {
            while (true) {
                for (Iterator<TopicPartition> it = unfinished.iterator(); it.hasNext(); ) {
                    TopicPartition tp = it.next();
                    if (consumer.position(tp, timeout) >= ends.get(tp)) {
                        consumer.pause(List.of(tp));
                        it.remove();
                    }
                }
                if (unfinished.isEmpty()) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw timedOut(unfinished + " to the end offsets " + ends);
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        each.accept(r);
                    }
                }
            }
        } catch (TimeoutException e) {
            throw timedOut(unfinished + " to the end offsets " + ends);
        }
    }

    private AuditException timedOut(String what) {
        return new AuditException("could not read " + what + " within " + timeout.toSeconds()
                + " s: check that the broker is up and reachable");
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
