package dev.newsline.sink.bench;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.source.RawArticleProducer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** One idempotent producer sending bench articles asynchronously, all at once or at a fixed rate. */
final class BenchProducer implements AutoCloseable {

    private static final byte[] JSON = "application/json".getBytes(StandardCharsets.UTF_8);

    private final KafkaProducer<byte[], byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    BenchProducer(String bootstrapServers, Properties settings) {
        Properties p = new Properties();
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        p.putAll(settings);
        producer = new KafkaProducer<>(ClientConfigFactory.producer(bootstrapServers, p),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends every value without waiting between them, then waits until all are acknowledged. */
    void sendAll(String topic, List<byte[]> values) {
        for (int i = 0; i < values.size(); i++) {
            producer.send(record(topic, i, values.get(i)), this::failOnError);
        }
        producer.flush();
        throwIfFailed();
    }

    /** Sends {@code values} at {@code perSecond}, each at its scheduled time; returns the achieved rate. */
    double sendAtRate(String topic, List<byte[]> values, double perSecond) {
        long start = System.nanoTime();
        for (int i = 0; i < values.size(); i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            producer.send(record(topic, i, values.get(i)), this::failOnError);
        }
        producer.flush();
        throwIfFailed();
        double seconds = (System.nanoTime() - start) / 1e9;
        return values.size() / Math.max(seconds, 1e-9);
    }

    private static ProducerRecord<byte[], byte[]> record(String topic, int n, byte[] value) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null, value);
        record.headers().add(RawArticleProducer.FILENAME, ("bench-" + n + ".json").getBytes(StandardCharsets.UTF_8));
        record.headers().add(RawArticleProducer.CONTENT_TYPE, JSON);
        return record;
    }

    private void failOnError(RecordMetadata metadata, Exception e) {
        if (e != null) {
            failure.compareAndSet(null, e); // thrown on the caller's thread after the flush, not the producer's
        }
    }

    private void throwIfFailed() {
        Exception e = failure.get();
        if (e != null) {
            throw new BenchSetupException("a bench record was not sent (" + e.getMessage() + "): check the cluster");
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
