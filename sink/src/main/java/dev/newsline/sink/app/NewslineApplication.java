package dev.newsline.sink.app;

import dev.newsline.enrich.dedup.ProbeIndexRocksDbConfig;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.metrics.ApplicationMetrics;
import dev.newsline.sink.metrics.ReadRecordMeter;
import dev.newsline.sink.metrics.SentRecordMeter;
import dev.newsline.sink.metrics.StageTimer;
import dev.newsline.sink.stage.OutputTopics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running instance of the Newsline Kafka Streams application. */
public final class NewslineApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewslineApplication.class);

    /** How long each start-up call to the cluster (per-tag topics, topic limits) may take. */
    static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final CountDownLatch stopped;
    private final ThreadReplacementPolicy policy;
    private final OutputTopics outputTopics;
    private final Set<String> tagTopics;
    private final ApplicationMetrics metrics;
    private volatile TagTopicRefresher refresher;
    private volatile boolean failed;

    private NewslineApplication(KafkaStreams streams, CountDownLatch stopped, ThreadReplacementPolicy policy,
                                OutputTopics outputTopics, Set<String> tagTopics) {
        this.streams = streams;
        // Before the instance starts: meters recorded before a registry is attached would be missing from it.
        this.metrics = new ApplicationMetrics(streams);
        this.stopped = stopped;
        this.policy = policy;
        this.outputTopics = outputTopics;
        this.tagTopics = tagTopics;
    }

    /**
     * Creates missing topics (the per-tag ones too, as {@code newsline.route.*} say), reports output topics too small
     * for what Newsline writes, builds the topology and starts it; returns once the instance is RUNNING.
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
        // Newsline's own metrics (/metrics): records in and out per topic, rejections, latency, time per stage.
        config.putIfAbsent(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, StageTimer.class.getName());
        config.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG),
                SentRecordMeter.class.getName());
        config.putIfAbsent(StreamsConfig.mainConsumerPrefix(ConsumerConfig.INTERCEPTOR_CLASSES_CONFIG),
                ReadRecordMeter.class.getName());
        StartClock clock = new StartClock();
        OutputTopics outputTopics;
        int rawPartitions;
        NewslineSettings settings = NewslineSettings.from(config);
        Set<String> tagTopics = settings.routeTags() == NewslineSettings.TagRouting.OFF
                ? Set.of() : TagTopicSetup.possible(enrichers);
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrapServers, config))) {
            TopicCreator creator = new TopicCreator(admin, settings);
            outputTopics = prepareTopics(creator, admin, bootstrapServers, settings, tagTopics);
            rawPartitions = creator.rawPartitions();
        }
        clock.lap("topics");
        Topology topology = NewslineTopology.build(config, enrichers, outputTopics, rawPartitions);
        KafkaStreams streams = new KafkaStreams(topology, config);
        ThreadReplacementPolicy policy = new ThreadReplacementPolicy(Clock.systemUTC());
        streams.setUncaughtExceptionHandler(policy);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        NewslineApplication app = new NewslineApplication(streams, stopped, policy, outputTopics, tagTopics);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            } else if (now == KafkaStreams.State.ERROR) {
                app.failed = true;
                stopped.countDown();
            } else if (now == KafkaStreams.State.NOT_RUNNING) {
                stopped.countDown();
            }
        });
        clock.lap("topology");
        streams.start();
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            streams.close(Duration.ofSeconds(10));
            throw new TimeoutException("the application did not reach RUNNING within " + timeout.toSeconds() + " s");
        }
        clock.lap("group join and task set-up to RUNNING");
        LOG.info("started in {}", clock);
        if (!outputTopics.unroutable(tagTopics).isEmpty()) {
            app.refresher = TagTopicRefresher.start(bootstrapServers, config, tagTopics, outputTopics, ADMIN_TIMEOUT);
        }
        return app;
    }

    /** Pipeline topics, per-tag topics and the output topics' limits, all before the first record is processed. */
    private static OutputTopics prepareTopics(TopicCreator creator, Admin admin, String bootstrapServers,
                                              NewslineSettings settings, Set<String> tagTopics)
            throws ExecutionException, InterruptedException {
        creator.createPipelineTopics();
        LOG.info("pipeline topics ready");
        Set<String> routable = TagTopicSetup.prepare(creator, settings, tagTopics, ADMIN_TIMEOUT);
        List<String> outputs = new ArrayList<>(Topics.ACCOUNTED);
        outputs.addAll(routable);
        Map<String, Integer> small = OutputTopicCheck.check(admin, bootstrapServers, outputs, ADMIN_TIMEOUT).small();
        return OutputTopics.of(routable, small);
    }

    /** What the instance learnt of its output topics at start: the per-tag topics it routes to, their limits. */
    public OutputTopics outputTopics() {
        return outputTopics;
    }

    /**
     * Waits at most {@code max} until routing may write to every per-tag topic a tag can name (those not ready at
     * start are looked for every {@code newsline.route.refresh}); false if some still are not.
     */
    public boolean awaitTagTopics(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!outputTopics.unroutable(tagTopics).isEmpty()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** This instance's metrics, for {@code /metrics}. */
    public ApplicationMetrics metrics() {
        return metrics;
    }

    /** The underlying Kafka Streams instance (state, metrics). */
    public KafkaStreams streams() {
        return streams;
    }

    /** Blocks until the instance stops (another thread called {@link #close()}, or it failed). */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    /** Why the instance died, if it did (as opposed to being closed). */
    public Optional<String> failure() {
        if (!failed) {
            return Optional.empty();
        }
        return Optional.of(policy.stopReason().orElse("the Kafka Streams instance entered the ERROR state"));
    }

    @Override
    public void close() {
        // Leave the group on a clean stop, so the other instances take the partitions over at once instead
        // of waiting a whole session timeout for this member to be declared dead.
        TagTopicRefresher running = refresher;
        if (running != null) {
            running.close();
        }
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        metrics.close();
    }
}
