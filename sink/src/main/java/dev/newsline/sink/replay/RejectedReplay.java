package dev.newsline.sink.replay;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.model.RejectedRecord;
import dev.newsline.ingest.topology.IngestStage;
import dev.newsline.ingest.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends rejected records back to news.raw after a fix: each one's original bytes, key and headers exactly as first
 * delivered, plus a {@value #REPLAYED_FROM} header naming the raw record it repeats. Reads news.rejected up to
 * where it ends when the replay starts, so what the replay itself gets rejected again is not replayed in a loop.
 * Skips rejections whose original was cut to fit the topic, and those of internal records (no article in them).
 */
public final class RejectedReplay {

    /** Header added to every replayed record: the {@code topic-partition@offset} of the raw record it repeats. */
    public static final String REPLAYED_FROM = "newsline-replayed-from";

    private static final Duration READ_LIMIT = Duration.ofMinutes(5);

    /**
     * Which rejections to replay.
     *
     * @param reasons reasons to replay, all when empty
     * @param stages  stages to replay, all when empty
     */
    public record Filter(Set<String> reasons, Set<String> stages) {

        boolean accepts(RejectedRecord r) {
            return (reasons.isEmpty() || reasons.contains(r.reason())) && (stages.isEmpty() || stages.contains(r.stage()));
        }
    }

    /**
     * What a replay did.
     *
     * @param read        rejections read
     * @param sent        originals sent back to news.raw (or that would be, in a dry run)
     * @param filteredOut rejections the filter left out
     * @param truncated   rejections skipped because their original was cut
     * @param internal    rejections skipped because they stand for an internal record, not a raw one
     */
    public record Summary(int read, int sent, int filteredOut, int truncated, int internal) {
    }

    private RejectedReplay() {
    }

    /** Replays the rejections {@code filter} accepts; with {@code dryRun} only counts them. */
    public static Summary replay(String bootstrapServers, Properties settings, Filter filter, boolean dryRun)
            throws ExecutionException, InterruptedException, TimeoutException {
        int read = 0;
        int filteredOut = 0;
        int truncated = 0;
        int internal = 0;
        List<ProducerRecord<byte[], byte[]>> originals = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : readRejected(bootstrapServers, settings)) {
            read++;
            RejectedRecord rejected = IngestStage.REJECTED_SERDE.deserializer().deserialize(Topics.REJECTED, record.value());
            if (!filter.accepts(rejected)) {
                filteredOut++;
            } else if (rejected.originalTruncated()) {
                truncated++;
            } else if (rejected.origin() == null || !Topics.RAW.equals(rejected.origin().topic())
                    || rejected.originalBase64() == null) {
                internal++;
            } else {
                originals.add(original(record.key(), rejected));
            }
        }
        if (!dryRun && !originals.isEmpty()) {
            send(bootstrapServers, settings, originals);
        }
        return new Summary(read, originals.size(), filteredOut, truncated, internal);
    }

    private static ProducerRecord<byte[], byte[]> original(byte[] key, RejectedRecord rejected) {
        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(Topics.RAW, key,
                Base64.getDecoder().decode(rejected.originalBase64()));
        Map<String, String> headers = rejected.headers() == null ? Map.of() : rejected.headers();
        headers.forEach((name, value) -> {
            if (!REPLAYED_FROM.equals(name)) {
                out.headers().add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
            }
        });
        out.headers().add(REPLAYED_FROM, rejected.origin().toString().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readRejected(String bootstrapServers, Properties settings)
            throws TimeoutException {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                ClientConfigFactory.consumer(bootstrapServers, settings), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REJECTED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(READ_LIMIT);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new TimeoutException("could not read news.rejected to its end within " + READ_LIMIT.toMinutes()
                            + " minutes");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        records.add(r);
                    }
                }
            }
        }
        return records;
    }

    private static void send(String bootstrapServers, Properties settings, List<ProducerRecord<byte[], byte[]>> records)
            throws ExecutionException, InterruptedException {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                ClientConfigFactory.producer(bootstrapServers, settings), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            records.forEach(r -> acks.add(producer.send(r)));
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        }
    }
}
