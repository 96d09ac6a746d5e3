package dev.newsline.ingest.feed;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.source.RawRecordLimits;
import dev.newsline.ingest.topology.EventTimeHeader;
import dev.newsline.ingest.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends feed records to news.raw with an idempotent producer, each checked first against the same size limits as
 * {@code newsline produce} ({@link RawRecordLimits}); one too large is refused for good. A record the broker does not
 * take is reported, not thrown: the poller tries it again on the next poll. Refused credentials or ACLs are thrown, as no later poll will do
 * better.
 */
public final class KafkaRawSink implements RawRecordSink, AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final RawRecordLimits limits;

    /**
     * @param settings             the user's settings (client keys, {@code newsline.max.article.bytes})
     * @param topicMaxMessageBytes news.raw's {@code max.message.bytes}, if known
     */
    public KafkaRawSink(String bootstrapServers, Properties settings, OptionalInt topicMaxMessageBytes) {
        Properties config = ClientConfigFactory.rawProducer(bootstrapServers, settings);
        this.producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        this.limits = RawRecordLimits.of(settings, config, topicMaxMessageBytes);
    }

    @Override
    public List<Optional<Refusal>> send(List<FeedRecord> records) throws InterruptedException {
        List<Optional<Refusal>> results = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (FeedRecord record : records) {
            Optional<Refusal> refusal = limits.refusal(record.value().length, headerBytes(record))
                    .map(reason -> new Refusal(reason, true));
            results.add(refusal);
            acks.add(refusal.isPresent() ? null : producer.send(toProducerRecord(record)));
        }
        producer.flush();
        for (int i = 0; i < records.size(); i++) {
            if (acks.get(i) == null) {
                continue;
            }
            try {
                acks.get(i).get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AuthenticationException || e.getCause() instanceof AuthorizationException) {
                    throw (KafkaException) e.getCause();
                }
                results.set(i, Optional.of(new Refusal("not acknowledged by Kafka: " + e.getCause().getMessage(),
                        e.getCause() instanceof RecordTooLargeException)));
            }
        }
        return results;
    }

    private static ProducerRecord<byte[], byte[]> toProducerRecord(FeedRecord record) {
        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(Topics.RAW, null, null,
                record.key().getBytes(StandardCharsets.UTF_8), record.value());
        record.headers().forEach((name, value) -> out.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        EventTimeHeader.add(out.headers(), record.timestamp());
        return out;
    }

    private static int headerBytes(FeedRecord record) {
        int bytes = record.key().getBytes(StandardCharsets.UTF_8).length + 5 + EventTimeHeader.bytes(record.timestamp());
        for (Map.Entry<String, String> header : record.headers().entrySet()) {
            // its key and value, and two varint lengths of at most 5 bytes
            bytes += header.getKey().length() + header.getValue().getBytes(StandardCharsets.UTF_8).length + 10;
        }
        return bytes;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
