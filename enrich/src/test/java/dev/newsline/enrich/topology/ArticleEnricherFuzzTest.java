package dev.newsline.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.model.Mention;
import dev.newsline.enrich.model.TopicTag;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.fuzz.FuzzTally;
import dev.newsline.ingest.fuzz.HostileInput;
import dev.newsline.ingest.fuzz.HostileInputs;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.read.RawArticleReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives {@value #INPUTS} generated hostile inputs through the reader and the enricher, as the topology does: each
 * must end in an enriched article or a rejection with a reason, within its step budget, and an enriched article
 * must keep its promises (evidence that quotes its field, capped evidence lists). Prints the outcomes by reason
 * and the slowest record (time is printed, never asserted).
 */
class ArticleEnricherFuzzTest {

    static final int INPUTS = 10_000;
    static final long SEED = 17;
    private static final int MAX_COUNTRY_MENTIONS = 100;
    private static final int MAX_TOPIC_MENTIONS = 20;

    private static final int WARM_UP = 300;

    private static NewslineSettings settings;
    private static ArticleEnricher enricher;

    @BeforeAll
    static void loadOnce() {
        settings = NewslineSettings.defaults();
        enricher = new ArticleEnricher(Enrichers.load(settings), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    @Test
    void everyHostileInputBecomesAnEnrichedArticleOrARejection() {
        run(new HostileInputs(SEED + 1), WARM_UP, new FuzzTally()); // JIT, lazily built tables
        FuzzTally tally = new FuzzTally();
        run(new HostileInputs(SEED), INPUTS, tally);
        System.out.println("reader+enricher fuzz (seed " + SEED + "): " + tally.summary());
        assertThat(tally.problems()).isEmpty();
        assertThat(tally.total()).isEqualTo(INPUTS);
        assertThat(tally.outcomes().get("enriched")).isGreaterThan(INPUTS / 10);
    }

    private static void run(HostileInputs inputs, int count, FuzzTally tally) {
        RawArticleReader reader = new RawArticleReader(settings.maxArticleBytes(), tally::budget);
        for (int i = 0; i < count; i++) {
            tally.run(inputs.input(i), in -> {
                ParsedArticle article = reader.read(in.value(), in.headers(), new Origin("news.raw", 0, in.index(), 0));
                keepsItsPromises(in, enricher.enrich(article), tally);
                return "enriched";
            });
        }
    }

    /** Evidence must quote the field it points into, and evidence lists stay within their caps. */
    private static void keepsItsPromises(HostileInput input, EnrichedArticle a, FuzzTally tally) {
        for (CountryTag c : a.countries()) {
            if (c.mentions().size() > MAX_COUNTRY_MENTIONS) {
                tally.problem(input, c.code() + " lists " + c.mentions().size() + " mentions");
            }
            c.mentions().forEach(m -> quotes(input, a, m, tally));
        }
        for (TopicTag t : a.topics()) {
            if (t.mentions().size() > MAX_TOPIC_MENTIONS) {
                tally.problem(input, t.slug() + " lists " + t.mentions().size() + " mentions");
            }
            t.mentions().forEach(m -> quotes(input, a, m, tally));
        }
    }

    private static void quotes(HostileInput input, EnrichedArticle a, Mention m, FuzzTally tally) {
        String field = m.field().equals("title") ? a.title() : a.body();
        boolean inside = m.start() >= 0 && m.start() < m.end() && m.end() <= field.length();
        if (!inside || !field.substring(m.start(), m.end()).equals(m.text())) {
            tally.problem(input, "a mention " + m.start() + ".." + m.end() + " that does not quote its field");
        }
    }
}
