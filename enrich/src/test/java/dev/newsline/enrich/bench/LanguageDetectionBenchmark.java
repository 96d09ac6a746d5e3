package dev.newsline.enrich.bench;

import com.ibm.icu.text.Normalizer2;
import dev.newsline.enrich.language.LanguageDetector;
import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.model.ParsedText;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Articles per second through language detection reading a body sample of {@code sampleChars} characters
 * (1,000,000 = the whole article), against ICU NFKC of the whole article as the in-run baseline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
public class LanguageDetectionBenchmark {

    @Param({"200", "600", "1000000"})
    public int sampleChars;

    private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    private LanguageDetector detector;
    private List<ParsedText> articles;
    private int next;

    @Setup
    public void load() {
        articles = CorpusArticles.load().articles();
        detector = new LanguageDetector(NewslineSettings.defaults().languages(), sampleChars);
        detector.loadShortTextModels(); // every model in before the clock starts, as in a running pipeline
    }

    private ParsedText nextArticle() {
        ParsedText article = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return article;
    }

    @Benchmark
    public String baselineIcuNfkc() {
        ParsedText article = nextArticle();
        return nfkc.normalize(article.title() + "\n" + article.body());
    }

    @Benchmark
    public DetectedLanguage detect() {
        ParsedText article = nextArticle();
        return detector.detect(article.title(), article.body());
    }

    public static void main(String[] args) throws Exception {
        BenchmarkLauncher.run(LanguageDetectionBenchmark.class);
    }
}
