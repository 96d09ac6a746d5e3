package dev.newsline.enrich.bench;

import com.ibm.icu.text.Normalizer2;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchText;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Articles per second through the match-form normalizer, against plain ICU NFKC of the same text as the
 * in-run baseline (one op = one whole article, title and body, cycling over the 2,000 of the corpus).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
public class NormalizerBenchmark {

    private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();
    private List<String> texts;
    private int next;

    @Setup
    public void load() {
        CorpusArticles corpus = CorpusArticles.load();
        texts = corpus.fullTexts();
        System.out.printf("%n%d articles, %.0f chars on average%n", texts.size(), corpus.meanChars());
    }

    private String nextText() {
        String text = texts.get(next);
        next = next + 1 == texts.size() ? 0 : next + 1;
        return text;
    }

    @Benchmark
    public String baselineIcuNfkc() {
        return nfkc.normalize(nextText());
    }

    @Benchmark
    public MatchText matchForm() {
        return normalizer.normalize(nextText());
    }

    public static void main(String[] args) throws Exception {
        BenchmarkLauncher.run(NormalizerBenchmark.class);
    }
}
