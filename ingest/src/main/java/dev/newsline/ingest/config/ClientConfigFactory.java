package dev.newsline.ingest.config;

import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The one place admin, producer and consumer settings are built: the bootstrap servers, our defaults, then
 * every key of the user's settings that the client understands ({@code security.*}, {@code sasl.*},
 * {@code ssl.*}, timeouts…), then keys prefixed {@code admin.}, {@code producer.} or {@code consumer.} for
 * that client alone, as Kafka Streams reads them.
 */
public final class ClientConfigFactory {

    private ClientConfigFactory() {
    }

    /** Settings of an Admin client. */
    public static Properties admin(String bootstrapServers, Properties user) {
        Properties p = base(bootstrapServers);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        return withUser(p, user, AdminClientConfig.configNames(), "admin.");
    }

    /** Settings of a producer: idempotent, acks=all, records up to {@link StreamsConfigFactory#MAX_RECORD_BYTES}. */
    public static Properties producer(String bootstrapServers, Properties user) {
        Properties p = base(bootstrapServers);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(StreamsConfigFactory.MAX_RECORD_BYTES));
        return withUser(p, user, ProducerConfig.configNames(), "producer.");
    }

    /**
     * Settings of a producer of news.raw ({@code produce}, {@code replay}, {@code feeds}): {@link #producer}, failing
     * within seconds rather than minutes when the broker goes away mid-way; the user's values win.
     */
    public static Properties rawProducer(String bootstrapServers, Properties user) {
        Properties withDefaults = new Properties();
        withDefaults.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        withDefaults.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
        withDefaults.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        withDefaults.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        withDefaults.putAll(user);
        return producer(bootstrapServers, withDefaults);
    }

    /** Settings of a consumer that reads only committed records and commits nothing itself. */
    public static Properties consumer(String bootstrapServers, Properties user) {
        Properties p = base(bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(2 * StreamsConfigFactory.MAX_RECORD_BYTES));
        return withUser(p, user, ConsumerConfig.configNames(), "consumer.");
    }

    private static Properties base(String bootstrapServers) {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return p;
    }

    private static Properties withUser(Properties p, Properties user, Set<String> known, String prefix) {
        for (String key : user.stringPropertyNames()) {
            if (known.contains(key) && !CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG.equals(key)) {
                p.put(key, user.getProperty(key));
            }
        }
        for (String key : user.stringPropertyNames()) {
            if (key.startsWith(prefix) && known.contains(key.substring(prefix.length()))) {
                p.put(key.substring(prefix.length()), user.getProperty(key));
            }
        }
        return p;
    }
}
