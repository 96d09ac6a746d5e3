package dev.newsline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.fuzz.FuzzTally;
import dev.newsline.ingest.fuzz.HostileInput;
import dev.newsline.ingest.fuzz.HostileInputs;
import dev.newsline.ingest.limit.InputLimits;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.validate.RejectReason;
import org.junit.jupiter.api.Test;

/**
 * Drives {@value #INPUTS} generated hostile inputs through the reader: each must end in an article or a rejection
 * with a reason, within its step budget, and an article must keep to every limit. Prints the outcomes by reason,
 * the most steps a record took and the slowest record (time is printed, never asserted).
 */
class RawArticleReaderFuzzTest {

    static final int INPUTS = 12_000;
    static final long SEED = 9;
    private static final int WARM_UP = 300;
    private static final int MAX_ARTICLE_BYTES = 512 * 1024;

    @Test
    void everyHostileInputBecomesAnArticleOrARejectionWithinItsStepBudget() {
        run(new HostileInputs(SEED + 1), WARM_UP, new FuzzTally()); // class loading, JIT
        FuzzTally tally = new FuzzTally();
        run(new HostileInputs(SEED), INPUTS, tally);
        System.out.println("reader fuzz (seed " + SEED + "): " + tally.summary());
        assertThat(tally.problems()).isEmpty();
        assertThat(tally.total()).isEqualTo(INPUTS);
        // the generator reaches every way out of the reader, articles included
        assertThat(tally.outcomes()).containsKeys("article", RejectReason.EMPTY.name(), RejectReason.NOT_TEXT.name(),
                RejectReason.BAD_ENCODING.name(), RejectReason.TOO_LARGE.name(), RejectReason.BAD_JSON.name(),
                RejectReason.NO_BODY.name(), RejectReason.FIELD_TOO_LONG.name(), RejectReason.TOO_COMPLEX.name());
        assertThat(tally.outcomes().get("article")).isGreaterThan(INPUTS / 10);
    }

    private static void run(HostileInputs inputs, int count, FuzzTally tally) {
        RawArticleReader reader = new RawArticleReader(MAX_ARTICLE_BYTES, tally::budget);
        for (int i = 0; i < count; i++) {
            tally.run(inputs.input(i), in -> {
                keepsToTheLimits(in, reader.read(in.value(), in.headers(), new Origin("news.raw", 0, in.index(), 0)),
                        tally);
                return "article";
            });
        }
    }

    /** What an accepted article must never carry: fields past their limits. */
    private static void keepsToTheLimits(HostileInput input, ParsedArticle a, FuzzTally tally) {
        if (a.body().isBlank()) {
            tally.problem(input, "an article without a body");
        }
        if (a.title().length() > InputLimits.MAX_TITLE_CHARS) {
            tally.problem(input, "a title of " + a.title().length() + " chars");
        }
        if (a.suppliedId() != null && a.suppliedId().length() > InputLimits.MAX_ID_CHARS) {
            tally.problem(input, "an id of " + a.suppliedId().length() + " chars");
        }
        if (a.url() != null && a.url().length() > InputLimits.MAX_URL_CHARS) {
            tally.problem(input, "a URL of " + a.url().length() + " chars");
        }
        if (a.text().keywords().size() > InputLimits.MAX_KEYWORDS || a.sources().size() > InputLimits.MAX_SOURCES) {
            tally.problem(input, a.text().keywords().size() + " keywords, " + a.sources().size() + " sources");
        }
        if (a.languageHint() != null && a.languageHint().length() > InputLimits.MAX_LANGUAGE_HINT_CHARS) {
            tally.problem(input, "a language hint of " + a.languageHint().length() + " chars");
        }
    }
}
