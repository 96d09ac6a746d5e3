package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.CountryBlindEvalTest.meetFloors;
import static dev.newsline.enrich.tag.country.CountryBlindEvalTest.report;
import static dev.newsline.enrich.tag.country.CountryBlindEvalTest.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.tag.country.CountryBlindEvalTest.Floor;
import dev.newsline.ingest.source.SharedFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Held-out country evaluation (issue 13): 150 Arabic and 150 Persian corpus articles drawn after the blind sets went
 * into tuning, labelled by reading before the tagger ran on them (eval/country-heldout-*.tsv), and a second such draw
 * of 150 and 150 (eval/country-blind3-*.tsv). Scored like {@link CountryBlindEvalTest}; nobody may tune or train on
 * these articles, or they stop measuring anything.
 */
class CountryHeldOutEvalTest {

    /**
     * What the tagger measured with the learned primary model and (fa) agency credits (docs/country-tagging-journal.md,
     * "A learned primary model", "Agency credits"; raised from the fifteenth session's, the third accuracy round's, the
     * second round's and the first measurement's; ar again in the eighteenth by Arabic teams' camps abroad, 0.840; fa
     * in the twenty-second by a Persian agency's provincial desk, 0.944): F1
     * 0.005 below the measured value, forbidden tags and the no-primary share at it. They hold with the GeoNames
     * extract loaded, as production runs; never lower them.
     */
    static final Map<String, Floor> FLOORS = Map.of(
            "ar", new Floor(0.835, 2, 0.038),
            "fa", new Floor(0.939, 1, 0.0));

    @Test
    void heldOutCorpusArticlesLabelledBlind() {
        measure("country-heldout", "HELD-OUT corpus", FLOORS);
    }

    /**
     * Floors of the second held-out sets (eval/country-blind3-*.tsv, drawn and labelled in the sixth session before
     * any tagger run), from what the tagger with the learned primary model measured on its first run on them (fa:
     * raised again with agency credits; ar raised in the sixteenth session, 0.888 with 4 forbidden tags and 2.8 %
     * without a primary; fa in the seventeenth by Persian words that only look like places, 0.937; ar's forbidden
     * tags to 3 in the twentieth by everyday words in the phrases that fix their sense, مصر "insistent" among them,
     * nobody looking at which): F1 0.005 below, forbidden tags and the no-primary share at it. Never tune on these
     * articles either.
     */
    static final Map<String, Floor> SECOND_FLOORS = Map.of(
            "ar", new Floor(0.883, 3, 0.029),
            "fa", new Floor(0.932, 2, 0.0));

    @Test
    void secondHeldOutSetLabelledBlind() {
        measure("country-blind3", "SECOND HELD-OUT corpus", SECOND_FLOORS);
    }

    /**
     * The held-out sets against their adjudicated labels (eval/country-heldout-*-adjudicated.tsv and
     * country-blind3-*-adjudicated.tsv: where two blind readings differ, a third reader decided; ReaderAgreementTest),
     * as plain articles and as the feeds of their outlets deliver them, declaring the home country (SaudiNewsNet's 14
     * Saudi outlets, Fars News Agency): F1 0.005 below what the tagger measured on its first run on these labels,
     * forbidden tags and the no-primary share at it. Never tune on these articles either. The fourteenth issue-13
     * session's Arabic adjectives and American and Canadian states added one forbidden tag on the held-out Arabic
     * set (9 to 10); by the rule, nobody looked at which. The fifteenth session's names that are not places (the
     * Americas, given names before a nisba) brought it to 7, and its Arabic floors were raised to that measure. The
     * sixteenth session's (Arabic sports pages, research reports) raised the second set's Arabic and the first set's
     * Persian floors to theirs; the seventeenth's Persian look-alike words the second set's Persian (0.937); the
     * eighteenth's Arabic camps abroad and Gulf clubs the first set's Arabic (0.834, from the source 0.831); the
     * nineteenth's Iranian towns in Arabic, armed forces and Hezbollah's adjective the second set's Arabic (0.874, from
     * the source 0.881); the twentieth's fixed phrases of everyday words (إنه مصر على "insistent on", به یمن میلاد
     * "with the blessing of") the second set's Arabic forbidden tags (4 to 3; by the rule, nobody looked at which); the
     * twenty-second's Persian provincial desks the first set's Persian (0.947).
     */
    static final Map<String, Map<String, Floor>> ADJUDICATED_FLOORS = Map.of(
            "country-heldout", Map.of("ar", new Floor(0.829, 7, 0.038), "fa", new Floor(0.942, 2, 0.0)),
            "country-blind3", Map.of("ar", new Floor(0.869, 3, 0.029), "fa", new Floor(0.932, 2, 0.0)));
    static final Map<String, Map<String, Floor>> ADJUDICATED_FROM_SOURCE_FLOORS = Map.of(
            "country-heldout", Map.of("ar", new Floor(0.826, 7, 0.031), "fa", new Floor(0.942, 2, 0.0)),
            "country-blind3", Map.of("ar", new Floor(0.876, 3, 0.015), "fa", new Floor(0.932, 2, 0.0)));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"country-heldout", "country-blind3"})
    void heldOutSetsAgainstAdjudicatedLabels(String labels) {
        measure(labels, "-adjudicated", false, "HELD-OUT " + labels + " ADJUDICATED", ADJUDICATED_FLOORS.get(labels));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"country-heldout", "country-blind3"})
    void heldOutSetsFromTheirSourceAgainstAdjudicatedLabels(String labels) {
        measure(labels, "-adjudicated", true, "HELD-OUT " + labels + " ADJUDICATED, FROM THE SOURCE",
                ADJUDICATED_FROM_SOURCE_FLOORS.get(labels));
    }

    private static void measure(String labels, String title, Map<String, Floor> floors) {
        measure(labels, "", false, title, floors);
    }

    /**
     * Scores eval/{@code labels}-ar{@code suffix}.tsv and -fa{@code suffix}.tsv (150 articles each) against
     * {@code floors}, with {@code fromSource} as the outlets' feeds deliver them, and prints the totals only: no MISS
     * line, so that nobody reads a held-out article's error by accident.
     */
    private static void measure(String labels, String suffix, boolean fromSource, String title,
                                Map<String, Floor> floors) {
        Optional<Path> corpus = SharedFolder.locate("corpus");
        Assumptions.assumeTrue(corpus.isPresent(), "../shared/corpus is absent: " + title
                + " evaluation skipped (labels: eval/" + labels + "-*.tsv)");
        Assumptions.assumeTrue(SharedFolder.locate("geonames").isPresent(), "../shared/geonames is absent: " + title
                + " evaluation skipped, its floors hold only with the GeoNames extract loaded as production runs");
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        for (String language : List.of("ar", "fa")) {
            String resource = "/eval/" + labels + "-" + language + suffix + ".tsv";
            Path folder = corpus.get().resolve(LabelledArticles.corpusFolder(language));
            score(fromSource ? LabelledArticles.corpusFromItsSource(resource, folder)
                    : LabelledArticles.corpus(resource, folder), scores, false);
        }

        report(title, scores);

        assertThat(scores.get("ar").primary.articles).isEqualTo(150);
        assertThat(scores.get("fa").primary.articles).isEqualTo(150);
        meetFloors(scores, floors);
    }
}
