package dev.newsline.sink.app;

import dev.newsline.enrich.dedup.ProbeIndexRocksDbConfig;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/** One running instance of the Newsline Kafka Streams application. */
public final class NewslineApplication implements AutoCloseable {

    private final KafkaStreams streams;
    private final CountDownLatch stopped;
    private final Admin admin;

    private NewslineApplication(KafkaStreams streams, CountDownLatch stopped, Admin admin) {
        this.streams = streams;
        this.stopped = stopped;
        this.admin = admin;
    }

    /**
     * Creates missing topics, builds the topology and starts it; returns once the instance is RUNNING.
     *
     * @param overrides Kafka settings and {@code newsline.*} settings on top of the base config
     * @param enrichers loaded models and gazetteers (share one across instances in a JVM)
     */
    public static NewslineApplication start(String bootstrapServers, Properties overrides, Enrichers enrichers,
                                            Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        Properties config = StreamsConfigFactory.streamsConfig(bootstrapServers, overrides);
        // The enrich stage's one override: bloom filters on every level of the dedup index (a user's own
        // setter replaces it).
        config.putIfAbsent(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, ProbeIndexRocksDbConfig.class.getName());
        NewslineSettings settings = NewslineSettings.from(config);
        Admin admin = Admin.create(adminConfig(config));
        TopicCreator topics = new TopicCreator(admin, settings);
        try {
            topics.createPipelineTopics();
        } catch (ExecutionException | InterruptedException e) {
            admin.close();
            throw e;
        }
        KafkaStreams streams = new KafkaStreams(
                NewslineTopology.build(settings, enrichers, new AdminTopicProvisioner(topics)), config);
        // Processors turn every bad input into a rejection, so what reaches here is infrastructure trouble:
        // replace the thread and go on rather than stopping the whole instance.
        streams.setUncaughtExceptionHandler(e -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            } else if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        streams.start();
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            streams.close(Duration.ofSeconds(10));
            admin.close();
            throw new TimeoutException("the application did not reach RUNNING within " + timeout.toSeconds() + " s");
        }
        return new NewslineApplication(streams, stopped, admin);
    }

    /** The Admin client settings derived from the application's config (bootstrap, security). */
    public static Properties adminConfig(Properties config) {
        Properties admin = new Properties();
        admin.put("bootstrap.servers", config.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
        admin.put("default.api.timeout.ms", "15000");
        admin.put("request.timeout.ms", "10000");
        config.stringPropertyNames().stream()
                .filter(k -> k.startsWith("security.") || k.startsWith("sasl.") || k.startsWith("ssl."))
                .forEach(k -> admin.put(k, config.getProperty(k)));
        return admin;
    }

    /** The underlying Kafka Streams instance (state, metrics). */
    public KafkaStreams streams() {
        return streams;
    }

    /** Blocks until the instance stops (another thread called {@link #close()}, or it failed). */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        // Leave the group on a clean stop, so the other instances take the partitions over at once instead
        // of waiting a whole session timeout for this member to be declared dead.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        admin.close();
    }
}
