package dev.newsline.enrich.bench;

import dev.newsline.enrich.dedup.MinHasher;
import dev.newsline.enrich.dedup.OnePermutationHasher;
import dev.newsline.enrich.dedup.Shingler;
import dev.newsline.enrich.dedup.SimilaritySketch;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the similarity sketch costs per article: 384 MinHash values and their 2-bit sketch, by 384 hash
 * functions (the first layout) and by one-permutation hashing (the current one), against the 64 values the
 * very first layout computed, over the shingles of the 2,000 corpus articles. Baseline in the same
 * run: computing the shingles themselves (match form, 7-character shingles).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SketchBenchmark {

    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();
    private final Shingler shingler = new Shingler(7);
    private final MinHasher minHash64 = new MinHasher(64);
    private final MinHasher minHash384 = new MinHasher(384);
    private final OnePermutationHasher onePermutation384 = new OnePermutationHasher(384);
    private List<String> texts;
    private List<long[]> shingles;
    private int next;

    @Setup
    public void load() {
        texts = new ArrayList<>();
        shingles = new ArrayList<>();
        for (String text : CorpusArticles.load().fullTexts()) {
            String joined = normalizer.normalize(text).joined();
            texts.add(joined);
            shingles.add(shingler.shingles(joined));
        }
    }

    private int nextIndex() {
        int i = next;
        next = next + 1 == texts.size() ? 0 : next + 1;
        return i;
    }

    @Benchmark
    public long[] baselineShingles() {
        return shingler.shingles(texts.get(nextIndex()));
    }

    @Benchmark
    public int[] minHash64Values() {
        return minHash64.signature(shingles.get(nextIndex()));
    }

    @Benchmark
    public SimilaritySketch minHash384ValuesAndSketch() {
        long[] s = shingles.get(nextIndex());
        return SimilaritySketch.of(minHash384.signature(s), s.length);
    }

    @Benchmark
    public SimilaritySketch onePermutation384ValuesAndSketch() {
        long[] s = shingles.get(nextIndex());
        return SimilaritySketch.of(onePermutation384.signature(s), s.length);
    }

    public static void main(String[] args) throws Exception {
        BenchmarkLauncher.run(SketchBenchmark.class);
    }
}
