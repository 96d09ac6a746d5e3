package dev.newsline.enrich.bench;

import dev.newsline.enrich.dedup.DedupSettings;
import dev.newsline.enrich.dedup.Fingerprint;
import dev.newsline.enrich.dedup.Fingerprinter;
import dev.newsline.enrich.identity.ArticleIdentity;
import dev.newsline.enrich.language.LanguageDetector;
import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.model.TopicTag;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.tag.TaggingInput;
import dev.newsline.enrich.tag.country.CountryTagger;
import dev.newsline.enrich.tag.country.CountryTaggerOptions;
import dev.newsline.enrich.tag.topic.TopicTagger;
import dev.newsline.enrich.topology.ArticleEnricher;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.model.ParsedText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * CPU per article of each enrich stage alone, by body length: match form of title and body, language detection,
 * country tags, topic tags (both from a ready match form), the dedup fingerprint (read-only use of
 * {@link Fingerprinter}, which folds the text again itself) and the whole {@link ArticleEnricher}. One op = one
 * article, cycling over 16 real articles (8 Arabic, 8 Persian from ../shared/corpus; seeds/ without it) whose
 * bodies are cut to {@code length} characters. Each stage loads only what it needs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class EnrichStagesBenchmark {

    /** The articles of one length and the next one to use. */
    @State(Scope.Thread)
    public static class Texts {
        @Param({"500", "2000", "8000", "32000"})
        public int length;

        LengthArticles built;
        List<ParsedArticle> parsed;
        List<TaggingInput> tagging;
        List<EnrichedArticle> enriched;
        private int next;

        @Setup(Level.Trial)
        public void build() {
            built = LengthArticles.build(length);
            System.out.printf("%n%d articles from %s, body %.0f chars on average%n", built.articles().size(),
                    built.source(), built.meanBodyChars());
            MatchFormNormalizer normalizer = new MatchFormNormalizer();
            parsed = new ArrayList<>();
            tagging = new ArrayList<>();
            enriched = new ArrayList<>();
            int k = 0;
            for (LengthArticles.Article a : built.articles()) {
                Origin origin = new Origin("news.raw", 0, k, 0);
                ParsedText text = new ParsedText(a.title(), a.body(), null, null, List.of(), List.of(), null);
                String original = a.title() + "\n\n" + a.body();
                parsed.add(new ParsedArticle(null, null, "bench", text, null, Instant.EPOCH, null, original, "UTF-8",
                        "text", Map.of(), origin));
                MatchText titleForm = normalizer.normalize(a.title());
                MatchText bodyForm = normalizer.normalize(a.body());
                tagging.add(new TaggingInput(a.title(), a.body(), titleForm, bodyForm, a.language()));
                String hash = ArticleIdentity.contentHash(titleForm.joined() + "\n" + bodyForm.joined());
                enriched.add(new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, ArticleIdentity.idOf(null, null, hash),
                        a.title(), a.body(), null, null, Instant.EPOCH, Instant.EPOCH, "bench", List.of(), null, null,
                        List.of(), new DetectedLanguage(a.language(), 1.0), List.of(), List.of(), hash, original,
                        "UTF-8", "text", Map.of(), origin));
                k++;
            }
        }

        int nextIndex() {
            int i = next;
            next = next + 1 == built.articles().size() ? 0 : next + 1;
            return i;
        }
    }

    /**
     * The benchmark thread's CPU time per op in each iteration, printed as {@code cpu-us/op}: on a shared machine
     * the wall time JMH reports also counts the time other processes held the core, the thread's CPU clock does not.
     */
    @State(Scope.Thread)
    public static class CpuClock {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        long ops;
        private long startNanos;

        @Setup(Level.Iteration)
        public void start() {
            ops = 0;
            startNanos = THREADS.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Iteration)
        public void stop() {
            double micros = (THREADS.getCurrentThreadCpuTime() - startNanos) / 1000.0;
            System.out.printf(" [cpu-us/op %.3f over %d ops] ", micros / Math.max(1, ops), ops);
        }
    }

    /** A normalizer (one per thread, as each stream thread has). */
    @State(Scope.Thread)
    public static class Normalizer {
        final MatchFormNormalizer normalizer = new MatchFormNormalizer();
    }

    /** The topic rules. */
    @State(Scope.Benchmark)
    public static class Topics {
        TopicTagger tagger;

        @Setup(Level.Trial)
        public void load() {
            tagger = new TopicTagger();
        }
    }

    /** The country gazetteer with every CLDR locale (no GeoNames: CountryTaggerBenchmark measures that). */
    @State(Scope.Benchmark)
    public static class Countries {
        CountryTagger tagger;

        @Setup(Level.Trial)
        public void load() {
            tagger = new CountryTagger(CountryTaggerOptions.allLocales());
        }
    }

    /** Language detection as the application configures it by default. */
    @State(Scope.Benchmark)
    public static class Language {
        LanguageDetector detector;

        @Setup(Level.Trial)
        public void load() {
            NewslineSettings s = NewslineSettings.defaults();
            detector = new LanguageDetector(s.languages(), s.languageSampleChars());
        }
    }

    /** The dedup fingerprinter with the default settings. */
    @State(Scope.Thread)
    public static class Fingerprints {
        final Fingerprinter fingerprinter = new Fingerprinter(DedupSettings.defaults());
    }

    /** The whole enricher with the default settings (GeoNames too when ../shared/geonames is present). */
    @State(Scope.Thread)
    public static class Enricher {
        ArticleEnricher enricher;

        @Setup(Level.Trial)
        public void load() {
            enricher = new ArticleEnricher(Enrichers.load(NewslineSettings.defaults()),
                    Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        }
    }

    @Benchmark
    public MatchText normalize(Texts texts, CpuClock cpu, Normalizer n, Blackhole sink) {
        cpu.ops++;
        ParsedArticle a = texts.parsed.get(texts.nextIndex());
        sink.consume(n.normalizer.normalize(a.title()));
        return n.normalizer.normalize(a.body());
    }

    @Benchmark
    public DetectedLanguage language(Texts texts, CpuClock cpu, Language language) {
        cpu.ops++;
        ParsedArticle a = texts.parsed.get(texts.nextIndex());
        return language.detector.detect(a.title(), a.body());
    }

    @Benchmark
    public List<CountryTag> countryTags(Texts texts, CpuClock cpu, Countries countries) {
        cpu.ops++;
        return countries.tagger.tag(texts.tagging.get(texts.nextIndex()));
    }

    @Benchmark
    public List<TopicTag> topicTags(Texts texts, CpuClock cpu, Topics topics) {
        cpu.ops++;
        return topics.tagger.tag(texts.tagging.get(texts.nextIndex()));
    }

    @Benchmark
    public Fingerprint fingerprint(Texts texts, CpuClock cpu, Fingerprints f) {
        cpu.ops++;
        return f.fingerprinter.fingerprint(texts.enriched.get(texts.nextIndex()));
    }

    @Benchmark
    public EnrichedArticle wholeEnricher(Texts texts, CpuClock cpu, Enricher e) {
        cpu.ops++;
        return e.enricher.enrich(texts.parsed.get(texts.nextIndex()));
    }
}
