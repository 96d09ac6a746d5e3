package dev.newsline.sink.it;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends raw records to news.raw from a background thread, one at a time with a pause between, so a fault can
 * be injected while the stream is still flowing. The producer is idempotent and retries through a broker
 * restart; {@link #sent()} counts acknowledged records.
 */
final class PacedSender implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final AtomicInteger sent = new AtomicInteger();
    private Future<?> stream;

    PacedSender(String bootstrapServers) {
        this.producer = new KafkaProducer<>(ClientConfigFactory.producer(bootstrapServers, new Properties()),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Starts sending {@code records} in order, {@code pause} apart; returns at once. */
    void start(List<byte[]> records, Duration pause) {
        stream = thread.submit(() -> {
            for (byte[] value : records) {
                // A distinct key per record spreads the stream over every partition of news.raw.
                byte[] key = Integer.toString(sent.get()).getBytes(StandardCharsets.UTF_8);
                producer.send(new ProducerRecord<>(Topics.RAW, key, value)).get();
                sent.incrementAndGet();
                Thread.sleep(pause.toMillis());
            }
            return null;
        });
    }

    /** Records acknowledged so far. */
    int sent() {
        return sent.get();
    }

    /** Waits until at least {@code n} records are acknowledged. */
    void awaitSent(int n, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (sent.get() < n) {
            if (stream.isDone()) {
                stream.get(); // rethrows the send failure, if any
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + sent.get() + " of " + n + " records were acknowledged in " + timeout);
            }
            Thread.sleep(20);
        }
    }

    /** Waits for the end of the stream; a failed send fails here. */
    void awaitDone(Duration timeout) throws Exception {
        stream.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        producer.close(Duration.ofSeconds(5));
    }
}
