package dev.newsline.enrich.bench;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.tag.TaggingInput;
import dev.newsline.enrich.tag.country.CountryTagger;
import dev.newsline.enrich.tag.country.CountryTaggerOptions;
import dev.newsline.ingest.source.SharedFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Tagging cost per article with every CLDR locale, with every CLDR locale plus the GeoNames world gazetteer
 * (../shared/geonames), and with only fa, ar, en: it must not grow with the gazetteer. {@code tagOneArticle} takes
 * five short written articles; {@code tagCorpusArticle} the 2,000 real articles of ../shared/corpus in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class CountryTaggerBenchmark {

    @Param({"all", "all+geonames", "fa,ar,en"})
    public String gazetteer;

    private CountryTagger tagger;
    private final List<TaggingInput> articles = new ArrayList<>();
    private final List<TaggingInput> corpus = new ArrayList<>();
    private int next;
    private int nextCorpus;

    @Setup(Level.Trial)
    public void load() {
        if (gazetteer.equals("all+geonames")) {
            Optional<Path> geonames = SharedFolder.locate("geonames");
            if (geonames.isEmpty()) {
                throw new IllegalStateException("no ../shared/geonames beside the repository: run through ./newsline jmh");
            }
            tagger = new CountryTagger(CountryTaggerOptions.allLocales(geonames));
        } else {
            tagger = new CountryTagger(gazetteer.equals("all") ? CountryTaggerOptions.allLocales()
                    : new CountryTaggerOptions(List.of(gazetteer.split(","))));
        }
        System.out.printf("%nGAZETTEER %s: %s, loaded in %d ms%n", gazetteer, tagger.gazetteerCounts(), tagger.loadMillis());
        MatchFormNormalizer n = new MatchFormNormalizer();
        String[][] texts = {
            {"مسکو میزبان گفتگوی ارمنستان و جمهوری آذربایجان شد",
             "دیپلمات‌های ارمنی و آذربایجانی در مسکو با میانجی‌گری روسیه گفتگو کردند. ایروان و باکو درباره مرزها "
                 + "و آینده قره‌باغ نظر دادند. ناظرانی از ایالات متحده و فرانسه هم در جلسه بودند.", "fa"},
            {"موسكو تستضيف محادثات بين أرمينيا وأذربيجان",
             "استضافت موسكو جولة محادثات بين وفدي أرمينيا وأذربيجان بحضور دبلوماسيين روس. وتناول الوفدان ملف "
                 + "الحدود، فيما تابعت تركيا وإيران وجورجيا المحادثات عن قرب.", "ar"},
            {"Utility restores gas after leak",
             "PORTLAND, Ore., Feb 26 (Reuters) - A utility restored gas to 3,000 homes in Portland after a leak on "
                 + "Tuesday, officials said. Columbia Gas crews from Salem and Eugene worked overnight, and the "
                 + "governor thanked workers who came from Washington state and Idaho.", "en"},
            {"الأمطار تغلق طرقا في جازان",
             "الرياض - واس: أغلقت الأمطار الغزيرة طرقا في جازان وصبيا وأبو عريش، وقال الدفاع المدني إن فرقه "
                 + "تعمل في الطائف ومكة المكرمة. وتوقعت الأرصاد استمرار الأمطار حتى نهاية الأسبوع.", "ar"},
            {"Storm leaves thousands without power in Georgia",
             "A severe storm swept across Georgia overnight. Governor Kemp said crews in Atlanta were working. "
                 + "Officials in Washington promised federal help while Canada and Mexico offered crews.", "en"},
        };
        for (String[] t : texts) {
            articles.add(new TaggingInput(t[0], t[1], n.normalize(t[0]), n.normalize(t[1]), t[2]));
        }
        if (CorpusArticles.folder().isPresent()) {
            for (var a : CorpusArticles.load().articles()) {
                corpus.add(new TaggingInput(a.title(), a.body(), n.normalize(a.title()), n.normalize(a.body()),
                        language(a.body())));
            }
        }
    }

    /** The corpus is Arabic and Persian only; Persian writes its own yeh and keheh, Arabic never does. */
    private static String language(String body) {
        return body.indexOf('\u06CC') >= 0 || body.indexOf('\u06A9') >= 0 ? "fa" : "ar";
    }

    @Benchmark
    public Object tagOneArticle() {
        next = (next + 1) % articles.size();
        return tagger.tag(articles.get(next));
    }

    @Benchmark
    public Object tagCorpusArticle() {
        if (corpus.isEmpty()) {
            throw new IllegalStateException(CorpusArticles.ABSENT);
        }
        nextCorpus = (nextCorpus + 1) % corpus.size();
        return tagger.tag(corpus.get(nextCorpus));
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(CountryTaggerBenchmark.class.getSimpleName()).build()).run();
    }
}
