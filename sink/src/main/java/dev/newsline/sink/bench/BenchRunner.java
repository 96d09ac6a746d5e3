package dev.newsline.sink.bench;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.audit.OriginReader;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Runs the bench on one broker (embedded, or the user's): the pass-through on its own topics, then the pipeline
 * on fresh news.* topics (throughput with a JFR recording and memory sampling), then, on the same running
 * pipeline, the latency phase at a fixed rate. Every phase's input is produced before its clock starts.
 */
public final class BenchRunner {

    /** Articles waiting on news.raw when the restart phase starts the pipeline again. */
    static final int RESTART_ARTICLES = 200;

    private final PrintWriter out;

    public BenchRunner(PrintWriter out) {
        this.out = out;
    }

    /** Runs on {@code bootstrapServers}, or on an embedded broker when it is empty. */
    public BenchReport run(BenchOptions options, Optional<String> bootstrapServers, Properties overrides,
                           SentencePools pools) throws Exception {
        CpuSampler.initialize();
        InputGenerator generator = new InputGenerator(pools);
        GeneratedInput input = generator.generate(options.articles(), "t", 1);
        GeneratedInput paced = generator.generate(options.latencyArticles(), "l", 2);
        GeneratedInput afterRestart = generator.generate(RESTART_ARTICLES, "r", 3);
        out.printf("newsline bench: %d articles (%d originals, %d re-sends, %d rewrites, %.1f MB) in %s%n",
                input.mix().total(), input.mix().originals(), input.mix().resends(), input.mix().rewrites(),
                input.mix().bytes() / 1e6, input.mix().byLanguage());
        out.flush();
        if (bootstrapServers.isPresent()) {
            return runOn(bootstrapServers.get(), bootstrapServers.get(), options, overrides, input, paced,
                    afterRestart);
        }
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            Properties embedded = new Properties();
            embedded.put("newsline.topic.partitions", "2");
            embedded.put("newsline.topic.replication.factor", "1");
            embedded.putAll(overrides);
            return runOn(kafka.bootstrapServers(), "embedded (this JVM)", options, embedded, input, paced,
                    afterRestart);
        }
    }

    private BenchReport runOn(String bootstrap, String brokerName, BenchOptions options, Properties overrides,
                              GeneratedInput input, GeneratedInput paced, GeneratedInput afterRestart)
            throws Exception {
        NewslineSettings settings = NewslineSettings.from(overrides);
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, overrides))) {
            BenchTopics.requireFreshPipeline(admin); // before anything is produced, as the command promises
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        ThroughputResult passThrough = passThrough(bootstrap, overrides, settings, run, input, options);
        print("pass-through", passThrough);

        Properties config = new Properties();
        config.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("newsline-bench-state-").toString());
        config.putAll(overrides);
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, config))) {
            BenchTopics.createPipeline(admin, settings);
        }
        try (BenchProducer producer = new BenchProducer(bootstrap, config);
             MemorySampler memory = new MemorySampler()) {
            producer.sendAll(Topics.RAW, input.values());
            CpuProfile cpu;
            ThroughputResult pipeline;
            long modelLoad;
            long firstOutput;
            LatencyResult latency;
            try (OutputCounter counter = new OutputCounter(bootstrap, config, Topics.ACCOUNTED);
                 StartedPipeline started = StartedPipeline.start(bootstrap, config, settings, out);
                 CpuSampler sampler = new CpuSampler()) {
                modelLoad = started.loadMillis();
                OutputCount count = counter.await(input.values().size(), options.phaseTimeout(), r -> { });
                cpu = sampler.stop();
                pipeline = result("pipeline", input.values().size(), started.runningNanos(), count,
                        started.startMillis());
                firstOutput = started.firstOutputMillis(count);
                print("pipeline", pipeline);
                latency = latency(bootstrap, config, producer, paced, options);
            }
            RestartResult restart = restart(bootstrap, config, settings, producer, afterRestart, options);
            double ratio = passThrough.articlesPerSecond() == 0 ? 0
                    : pipeline.articlesPerSecond() / passThrough.articlesPerSecond();
            return new BenchReport(brokerName, settings.partitions(),
                    String.valueOf(StreamsConfigFactory.streamsConfig(bootstrap, config)
                            .getOrDefault(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1")),
                    input.mix(), passThrough, pipeline, ratio, modelLoad, firstOutput, latency, restart, memory.peak(), cpu);
        }
    }

    private ThroughputResult passThrough(String bootstrap, Properties overrides, NewslineSettings settings, String run,
                                         GeneratedInput input, BenchOptions options) throws Exception {
        String in = BenchTopics.passThroughInput(run);
        String outTopic = BenchTopics.passThroughOutput(run);
        Properties config = new Properties();
        config.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("newsline-bench-pass-").toString());
        config.putAll(overrides);
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "newsline-bench-passthrough-" + run);
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, config))) {
            BenchTopics.createPassThrough(admin, settings, run);
        }
        try (BenchProducer producer = new BenchProducer(bootstrap, config)) {
            producer.sendAll(in, input.values());
        }
        Properties streamsConfig = StreamsConfigFactory.streamsConfig(bootstrap, config);
        try (OutputCounter counter = new OutputCounter(bootstrap, config, List.of(outTopic));
             KafkaStreams streams = new KafkaStreams(PassThroughTopology.build(in, outTopic), streamsConfig)) {
            CountDownLatch running = new CountDownLatch(1);
            streams.setStateListener((now, before) -> {
                if (now == KafkaStreams.State.RUNNING) {
                    running.countDown();
                }
            });
            long start = System.nanoTime();
            streams.start();
            if (!running.await(120, TimeUnit.SECONDS)) {
                throw new TimeoutException("the pass-through topology did not reach RUNNING within 120 s");
            }
            long runningAt = System.nanoTime();
            OutputCount count = counter.await(input.values().size(), options.phaseTimeout(), r -> { });
            streams.close(Duration.ofSeconds(30));
            return result("pass-through", input.values().size(), runningAt, count, (runningAt - start) / 1_000_000);
        }
    }

    private LatencyResult latency(String bootstrap, Properties config, BenchProducer producer, GeneratedInput paced,
                                  BenchOptions options) throws ExecutionException, InterruptedException {
        long drainStart = System.nanoTime();
        long unread;
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, config))) {
            unread = PipelineDrain.await(admin, String.valueOf(StreamsConfigFactory.streamsConfig(bootstrap, config)
                    .get(StreamsConfig.APPLICATION_ID_CONFIG)), options.phaseTimeout());
        }
        long drainMillis = (System.nanoTime() - drainStart) / 1_000_000;
        out.printf("latency: the pipeline %s after %.1f s; %d articles at %.0f/s…%n",
                unread == 0 ? "drained its backlog" : "still had " + unread + " records to read", drainMillis / 1e3,
                paced.values().size(), options.rate());
        out.flush();
        long[] millis = new long[paced.values().size() * 2];
        int[] n = {0};
        try (OutputCounter counter = new OutputCounter(bootstrap, config, Topics.ACCOUNTED)) {
            double achieved = producer.sendAtRate(Topics.RAW, paced.values(), options.rate());
            OutputCount count = counter.await(paced.values().size(), options.phaseTimeout(), r -> {
                Optional<Origin> origin = OriginReader.read(r.value());
                if (origin.isPresent() && origin.get().timestamp() >= 0 && n[0] < millis.length) {
                    millis[n[0]++] = r.timestamp() - origin.get().timestamp();
                }
            });
            return new LatencyResult(options.rate(), achieved, paced.values().size(),
                    Percentiles.of(Arrays.copyOf(millis, n[0])), count.byTopic(), count.timedOut(), drainMillis, unread);
        }
    }

    /**
     * Starts the pipeline again on the topics and local state it left, with {@code input} waiting on news.raw: the
     * time a restarted instance takes to its first output when the cluster already has every topic. It runs in the
     * bench's JVM, so classes are loaded and compiled already; the models and gazetteers are loaded afresh.
     */
    private RestartResult restart(String bootstrap, Properties config, NewslineSettings settings,
                                  BenchProducer producer, GeneratedInput input, BenchOptions options) throws Exception {
        out.printf("restart: %d articles waiting, the pipeline started again…%n", input.values().size());
        out.flush();
        try (OutputCounter counter = new OutputCounter(bootstrap, config, Topics.ACCOUNTED)) {
            producer.sendAll(Topics.RAW, input.values());
            try (StartedPipeline started = StartedPipeline.start(bootstrap, config, settings, out)) {
                OutputCount count = counter.await(input.values().size(), options.phaseTimeout(), r -> { });
                return new RestartResult(input.values().size(), started.loadMillis(), started.runningMillis(),
                        started.firstOutputMillis(count), started.millisSinceStart(count.doneNanos()),
                        count.byTopic(), count.timedOut());
            }
        }
    }

    private static ThroughputResult result(String name, long articles, long runningNanos, OutputCount count,
                                           long startupMillis) {
        double seconds = (count.doneNanos() - runningNanos) / 1e9;
        return new ThroughputResult(name, articles, seconds, count.total() / Math.max(seconds, 1e-9), startupMillis,
                count.byTopic(), count.timedOut());
    }

    private void print(String name, ThroughputResult r) {
        out.printf("%s: %d of %d records out in %.1f s (%.0f articles/s)%s%n", name, Math.min(r.articles(),
                r.byTopic().values().stream().mapToLong(Long::longValue).sum()), r.articles(), r.seconds(),
                r.articlesPerSecond(), r.timedOut() ? " — TIMED OUT" : "");
        out.flush();
    }

}
