package dev.newsline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.fuzz.HostileInput;
import dev.newsline.ingest.fuzz.HostileInputs;
import dev.newsline.ingest.limit.InputLimits;
import dev.newsline.ingest.limit.StepBudget;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Drives {@value #INPUTS} generated hostile inputs through the reader: each must end in an article or a rejection
 * with a reason, within its step budget. Prints the outcomes by reason, the most steps any record took, and the
 * slowest record (time is printed, never asserted).
 */
class RawArticleReaderFuzzTest {

    static final int INPUTS = 12_000;
    static final long SEED = 9;
    private static final int MAX_ARTICLE_BYTES = 512 * 1024;

    private StepBudget last;

    @Test
    void everyHostileInputBecomesAnArticleOrARejectionWithinItsStepBudget() {
        RawArticleReader reader = new RawArticleReader(MAX_ARTICLE_BYTES, chars -> last = StepBudget.forText(chars));
        HostileInputs inputs = new HostileInputs(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long slowestNanos = 0;
        String slowest = "";
        double mostOfBudget = 0;
        long mostSteps = 0;
        for (int i = 0; i < INPUTS; i++) {
            HostileInput input = inputs.input(i);
            last = null;
            long start = System.nanoTime();
            String outcome;
            try {
                ParsedArticle article = reader.read(input.value(), input.headers(), new Origin("news.raw", 0, i, 0L));
                outcome = "article";
                problems.addAll(brokenLimits(input, article));
            } catch (InputRejectedException e) {
                outcome = e.rejection().reason().name();
                if (e.rejection().message() == null || e.rejection().message().isBlank()) {
                    problems.add(input.name() + ": " + outcome + " without a message");
                }
            } catch (RuntimeException e) {
                outcome = "unexpected " + e.getClass().getSimpleName();
                problems.add(input.name() + ": " + e);
            }
            long nanos = System.nanoTime() - start;
            if (nanos > slowestNanos) {
                slowestNanos = nanos;
                slowest = input.name() + " (" + input.value().length + " bytes, " + outcome + ")";
            }
            if (last != null) {
                if (last.used() > last.limit()) {
                    problems.add(input.name() + ": " + last.used() + " pattern steps, over its budget of " + last.limit());
                }
                mostSteps = Math.max(mostSteps, last.used());
                mostOfBudget = Math.max(mostOfBudget, (double) last.used() / last.limit());
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.printf("reader fuzz: %d hostile inputs (seed %d): %s; most pattern steps in one record %d "
                        + "(%.2f%% of its budget at most); slowest record %.1f ms: %s%n", INPUTS, SEED, outcomes,
                mostSteps, 100 * mostOfBudget, slowestNanos / 1e6, slowest);
        assertThat(problems).isEmpty();
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(INPUTS);
        // the generator reaches every way out of the reader, articles included
        assertThat(outcomes).containsKeys("article", RejectReason.EMPTY.name(), RejectReason.NOT_TEXT.name(),
                RejectReason.BAD_ENCODING.name(), RejectReason.TOO_LARGE.name(), RejectReason.BAD_JSON.name(),
                RejectReason.NO_BODY.name(), RejectReason.FIELD_TOO_LONG.name(), RejectReason.TOO_COMPLEX.name());
        assertThat(outcomes.get("article")).isGreaterThan(INPUTS / 10);
    }

    /** What an accepted article must never carry: fields past their limits. */
    private static List<String> brokenLimits(HostileInput input, ParsedArticle a) {
        List<String> broken = new ArrayList<>();
        if (a.body().isBlank()) {
            broken.add(input.name() + ": an article without a body");
        }
        if (a.title().length() > InputLimits.MAX_TITLE_CHARS) {
            broken.add(input.name() + ": a title of " + a.title().length() + " chars");
        }
        if (a.suppliedId() != null && a.suppliedId().length() > InputLimits.MAX_ID_CHARS) {
            broken.add(input.name() + ": an id of " + a.suppliedId().length() + " chars");
        }
        if (a.url() != null && a.url().length() > InputLimits.MAX_URL_CHARS) {
            broken.add(input.name() + ": a URL of " + a.url().length() + " chars");
        }
        if (a.text().keywords().size() > InputLimits.MAX_KEYWORDS || a.sources().size() > InputLimits.MAX_SOURCES) {
            broken.add(input.name() + ": " + a.text().keywords().size() + " keywords, " + a.sources().size()
                    + " sources");
        }
        if (a.languageHint() != null && a.languageHint().length() > InputLimits.MAX_LANGUAGE_HINT_CHARS) {
            broken.add(input.name() + ": a language hint of " + a.languageHint().length() + " chars");
        }
        return broken;
    }
}
