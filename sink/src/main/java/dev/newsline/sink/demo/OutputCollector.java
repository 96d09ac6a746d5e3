package dev.newsline.sink.demo;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.topology.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads Newsline's output topics from the beginning with {@code read_committed}, as a downstream
 * consumer would: waits until every raw record is accounted for, and reads whole topics for dumps.
 */
public final class OutputCollector implements AutoCloseable {

    /** How long reading on to the end offsets may take once the records are there. */
    private static final Duration TAIL = Duration.ofSeconds(60);

    /** How often to look again whether the transactions on the topics read have all been decided. */
    private static final Duration SETTLE_LOOK = Duration.ofMillis(50);

    private final Admin admin;
    private final KafkaConsumer<String, String> consumer;

    /** A reader with the user's client settings ({@code security.*}, {@code consumer.*}…). */
    public OutputCollector(String bootstrapServers, Properties settings) {
        this.admin = Admin.create(ClientConfigFactory.admin(bootstrapServers, settings));
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

    /**
     * Reads the assigned {@code partitions} on from their positions to their end offsets, once every transaction
     * open on them when this began is decided; false if that took too long. A transaction that wrote to news.enriched
     * and to per-tag topics commits as one, but the coordinator writes its commit marker to each partition in turn: a
     * busy broker can show the enriched record while a per-tag copy still sits above the last stable offset, and a
     * dump taken then would leave the copy out. Records written after this began are not waited for, so a pipeline
     * that keeps writing cannot hold it up.
     */
    private boolean readToEnd(List<TopicPartition> partitions, Consumer<ConsumerRecord<String, String>> keep) {
        Instant deadline = Instant.now().plus(TAIL);
        Map<TopicPartition, Long> written = highWatermarks(partitions);
        // read_committed: the last stable offsets
        Map<TopicPartition, Long> stable = new HashMap<>(consumer.endOffsets(partitions));
        boolean settled = true;
        while (written.entrySet().stream().anyMatch(w -> stable.get(w.getKey()) < w.getValue())) {
            if (Instant.now().isAfter(deadline) || !pause(SETTLE_LOOK)) {
                settled = false;
                break;
            }
            stable.putAll(consumer.endOffsets(partitions));
        }
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < stable.get(tp))) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            consumer.poll(Duration.ofMillis(200)).forEach(keep);
        }
        return settled;
    }

    /**
     * Each partition's high watermark now, transactions undecided included; empty when the cluster cannot say (a
     * leader moving), and then there is nothing to wait for.
     */
    private Map<TopicPartition, Long> highWatermarks(List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        try {
            Map<TopicPartition, Long> out = new HashMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get()
                    .forEach((tp, info) -> out.put(tp, info.offset()));
            return out;
        } catch (ExecutionException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    /** False if interrupted. */
    private static boolean pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The output topics that exist now: the three accounted ones, then per-country and per-topic ones. */
    public Set<String> outputTopics() throws ExecutionException, InterruptedException {
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
        admin.close();
    }
}
