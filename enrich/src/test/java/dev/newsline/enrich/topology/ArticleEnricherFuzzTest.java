package dev.newsline.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.model.Mention;
import dev.newsline.enrich.model.TopicTag;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.fuzz.HostileInput;
import dev.newsline.ingest.fuzz.HostileInputs;
import dev.newsline.ingest.limit.StepBudget;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.read.RawArticleReader;
import dev.newsline.ingest.validate.InputRejectedException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    private static NewslineSettings settings;
    private static Enrichers enrichers;
    private StepBudget last;

    @BeforeAll
    static void loadOnce() {
        settings = NewslineSettings.defaults();
        enrichers = Enrichers.load(settings);
    }

    @Test
    void everyHostileInputBecomesAnEnrichedArticleOrARejection() {
        RawArticleReader reader = new RawArticleReader(settings.maxArticleBytes(), chars -> last = StepBudget.forText(chars));
        ArticleEnricher enricher = new ArticleEnricher(enrichers, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        HostileInputs inputs = new HostileInputs(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long slowestNanos = 0;
        String slowest = "";
        for (int i = 0; i < INPUTS; i++) {
            HostileInput input = inputs.input(i);
            last = null;
            long start = System.nanoTime();
            String outcome;
            try {
                ParsedArticle article = reader.read(input.value(), input.headers(), new Origin("news.raw", 0, i, 0L));
                EnrichedArticle enriched = enricher.enrich(article);
                outcome = "enriched";
                problems.addAll(brokenPromises(input, enriched));
            } catch (InputRejectedException e) {
                outcome = e.rejection().reason().name();
            } catch (RuntimeException e) {
                outcome = "unexpected " + e.getClass().getSimpleName();
                problems.add(input.name() + ": " + e);
            }
            long nanos = System.nanoTime() - start;
            if (nanos > slowestNanos) {
                slowestNanos = nanos;
                slowest = input.name() + " (" + input.value().length + " bytes, " + outcome + ")";
            }
            if (last != null && last.used() > last.limit()) {
                problems.add(input.name() + ": " + last.used() + " pattern steps, over its budget of " + last.limit());
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.printf("reader+enricher fuzz: %d hostile inputs (seed %d): %s; slowest record %.1f ms: %s%n",
                INPUTS, SEED, outcomes, slowestNanos / 1e6, slowest);
        assertThat(problems).isEmpty();
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(INPUTS);
        assertThat(outcomes.get("enriched")).isGreaterThan(INPUTS / 10);
    }

    /** Evidence must quote the field it points into, and evidence lists stay within their caps. */
    private static List<String> brokenPromises(HostileInput input, EnrichedArticle a) {
        List<String> broken = new ArrayList<>();
        for (CountryTag c : a.countries()) {
            if (c.mentions().size() > MAX_COUNTRY_MENTIONS) {
                broken.add(input.name() + ": " + c.code() + " lists " + c.mentions().size() + " mentions");
            }
            c.mentions().forEach(m -> quotes(input, a, m, broken));
        }
        for (TopicTag t : a.topics()) {
            if (t.mentions().size() > MAX_TOPIC_MENTIONS) {
                broken.add(input.name() + ": " + t.slug() + " lists " + t.mentions().size() + " mentions");
            }
            t.mentions().forEach(m -> quotes(input, a, m, broken));
        }
        return broken;
    }

    private static void quotes(HostileInput input, EnrichedArticle a, Mention m, List<String> broken) {
        String field = m.field().equals("title") ? a.title() : a.body();
        boolean inside = m.start() >= 0 && m.start() < m.end() && m.end() <= field.length();
        if (!inside || !field.substring(m.start(), m.end()).equals(m.text())) {
            broken.add(input.name() + ": a mention " + m.start() + ".." + m.end() + " that does not quote its field");
        }
    }
}
