package dev.newsline.enrich.bench;

import dev.newsline.enrich.dedup.DedupSettings;
import dev.newsline.enrich.dedup.VerdictBatch;
import dev.newsline.enrich.dedup.OrderKey;
import dev.newsline.enrich.dedup.ProbeBatch;
import dev.newsline.enrich.dedup.ProbeIndexBench;
import dev.newsline.enrich.dedup.ProbeIndexRocksDbConfig;
import dev.newsline.enrich.dedup.SimilaritySketch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Cost of dedup's stateful core per article as the window fills: one article = its probes (3 exact keys
 * and 24 LSH bands, each band carrying the article's 100-byte similarity sketch), each a lookup and an insert in the RocksDB store of {@code ProbeIndexProcessor}
 * (changelog off: the benchmark measures the store, not the broker). The window is pre-filled with
 * {@code windowArticles} articles spread over one 7-day window, so during measurement expired buckets are
 * purged as new articles arrive (steady state); the heap is capped at 1 GiB. Prints the store's bytes
 * per article.
 * Run: {@code ./newsline jmh DedupBenchmark}, or this class's {@code main} on the enrich test classpath.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Xms1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class DedupBenchmark {

    private static final DedupSettings SETTINGS = DedupSettings.defaults();
    private static final int PROBES = 3 + SETTINGS.bands();
    private static final int SKETCH_BYTES = SETTINGS.sketchValues() / 4;

    @Param({"10000", "100000", "1000000"})
    public int windowArticles;

    private Path stateDir;
    private MockProcessorContext<String, VerdictBatch> context;
    private Processor<Integer, ProbeBatch, String, VerdictBatch> index;
    private KeyValueStore<Bytes, byte[]> store;
    private final SplittableRandom random = new SplittableRandom(1);
    private long clock = 1_700_000_000_000L;
    private long clockStep;
    private long article;

    @Setup(Level.Trial)
    public void fill() throws IOException {
        stateDir = Files.createTempDirectory("dedup-bench");
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-bench");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, ProbeIndexRocksDbConfig.class.getName());
        context = new MockProcessorContext<>(p, new TaskId(0, 0), stateDir.toFile());
        DedupSettings settings = SETTINGS;
        // windowArticles articles span exactly one window of processing time: during measurement old
        // buckets expire as new articles come in, so the window stays at its size (steady state).
        clockStep = settings.window().toMillis() / windowArticles;
        store = ProbeIndexBench.store(context);
        index = ProbeIndexBench.processor(settings, context);
        for (int i = 0; i < windowArticles; i++) {
            oneArticle();
        }
        ProbeIndexBench.flush(store);
        long bytes = size(stateDir);
        System.out.printf("%n[dedup-bench] window %d articles: store %.1f MiB on disk, %.0f bytes/article, heap used %.0f MiB%n",
                windowArticles, bytes / 1048576.0, (double) bytes / windowArticles,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** One new article through the index: lookup + insert for each of its probes. */
    @Benchmark
    public int dedupOneArticle() {
        return oneArticle();
    }

    private int oneArticle() {
        long n = article++;
        clock += clockStep;
        OrderKey key = new OrderKey(clock - 3_600_000, "url:" + Long.toHexString(n * 0x9E3779B97F4A7C15L), n, clock);
        byte[] bits = new byte[SKETCH_BYTES];
        random.nextBytes(bits); // a sketch's 2-bit values are uniform: incompressible, as in production
        OrderKey withSketch = key.withSketch(new SimilaritySketch(bits, 1500 + (int) (n % 3000)));
        int found = 0;
        List<Bytes> probes = new ArrayList<>(PROBES);
        for (int p = 0; p < PROBES; p++) {
            // one article in 20 repeats an earlier one's probes: buckets with candidates, as in a real feed
            long band = n % 20 == 0 && n > 0 ? bandKey(n / 2, p) : bandKey(n, p);
            probes.add(Bytes.wrap(ProbeIndexBench.probeKey(p, band)));
        }
        index.process(new Record<>(0, new ProbeBatch(key, withSketch.sketch(), probes, 0), clock));
        found += context.forwarded().size();
        context.resetForwards();
        return found;
    }

    private static long bandKey(long article, int probe) {
        return (article * 0x9E3779B97F4A7C15L) ^ (probe * 0xC2B2AE3D27D4EB4FL);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(DedupBenchmark.class.getSimpleName()).build()).run();
    }
}
