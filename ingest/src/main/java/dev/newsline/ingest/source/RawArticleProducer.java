package dev.newsline.ingest.source;

import dev.newsline.ingest.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Sends article files to news.raw unchanged, with {@code filename} and {@code content-type} headers. */
public final class RawArticleProducer implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;

    public RawArticleProducer(String bootstrapServers, Properties overrides) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        overrides.stringPropertyNames().stream()
                .filter(k -> k.startsWith("producer."))
                .forEach(k -> p.put(k.substring("producer.".length()), overrides.getProperty(k)));
        this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends every file and waits until the broker has them all; returns how many were sent. */
    public int send(List<ArticleFile> files) throws ExecutionException, InterruptedException {
        List<Future<RecordMetadata>> sent = new ArrayList<>(files.size());
        for (ArticleFile file : files) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.RAW, null, file.bytes());
            record.headers().add("filename", file.path().getFileName().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("content-type", file.contentType().getBytes(StandardCharsets.UTF_8));
            sent.add(producer.send(record));
        }
        producer.flush();
        for (Future<RecordMetadata> f : sent) {
            f.get();
        }
        return sent.size();
    }

    @Override
    public void close() {
        producer.close();
    }
}
