package dev.newsline.ingest.config;

import dev.newsline.ingest.errors.NonNegativeTimestampExtractor;
import dev.newsline.ingest.errors.RejectingDeserializationExceptionHandler;
import dev.newsline.ingest.errors.RejectingProcessingExceptionHandler;
import dev.newsline.ingest.errors.RejectingProductionExceptionHandler;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;

/** The one base configuration of the Kafka Streams application; callers add small overrides. */
public final class StreamsConfigFactory {

    /** Application id (consumer group and prefix of internal topics). */
    public static final String APPLICATION_ID = "newsline";
    /** Largest record the application writes; output topics are created to accept it. */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;
    /**
     * Largest raw record {@code newsline.max.article.bytes} may allow: an enriched record carries the original
     * text, the reassembled title and body and the tags (about 3× the raw size at worst), and a rejection
     * carries the raw bytes in base64 (4/3×); both must stay under {@link #MAX_RECORD_BYTES}.
     */
    public static final int MAX_RAW_BYTES = 2 * 1024 * 1024;

    private StreamsConfigFactory() {
    }

    /**
     * Base settings, then {@code overrides} on top (a user's file and {@code --set} values);
     * {@code newsline.*} keys are left in, Kafka ignores them.
     */
    public static Properties streamsConfig(String bootstrapServers, Properties overrides) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // A task reads news.raw and the verdicts coming back to its articles (docs/dedup.md). Nothing needs the two
        // merged in timestamp order, so a task processes whatever has arrived: with the default (0) it held back
        // whenever the verdict partition had records not yet fetched, which it nearly always has.
        p.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, -1L);
        // One stream thread per core: on 2 cores the bench measured 94 → 102 articles/s and the first output 7 s sooner
        // with 2 threads (docs/performance.md, third session); a user's num.stream.threads still wins.
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Runtime.getRuntime().availableProcessors());
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class.getName());
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class.getName());
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_RECORD_BYTES);
        // The first record to each per-tag topic blocks the stream thread until the producer has that topic's
        // metadata, and metadata refreshes are spaced by this backoff (100 ms by default): with a few hundred tag
        // topics met one after another that was 7 s of a 57 s bench run (JFR, issue 10). Retries still back off
        // exponentially up to retry.backoff.max.ms.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), 10);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.put(StreamsConfig.topicPrefix("max.message.bytes"), String.valueOf(MAX_RECORD_BYTES));
        // The failure policy (docs/operations.md): a record that cannot be read, processed or written becomes a
        // rejection and the stream goes on; a negative timestamp is replaced, not fatal.
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, RejectingProcessingExceptionHandler.class.getName());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                RejectingDeserializationExceptionHandler.class.getName());
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, RejectingProductionExceptionHandler.class.getName());
        p.put(StreamsConfig.DEFAULT_TIMESTAMP_EXTRACTOR_CLASS_CONFIG, NonNegativeTimestampExtractor.class.getName());
        NewslineSettings settings = NewslineSettings.from(overrides);
        if (settings.replicationFactor() > 0) {
            p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) settings.replicationFactor());
        }
        p.putAll(overrides);
        return p;
    }
}
