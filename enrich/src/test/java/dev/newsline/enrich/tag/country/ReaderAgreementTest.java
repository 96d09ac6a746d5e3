package dev.newsline.enrich.tag.country;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.tag.EvalCounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How far two independent readers agree on the primary countries of the corpus sets and the real web pages
 * (eval/country-*-reader2.tsv beside the first reading), and that the adjudicated labels (eval/country-*-adjudicated.tsv) keep every primary
 * both readers gave. The agreement is the ceiling a reader's labels can measure a tagger against: a goal of F1 0.95
 * means something only where two readers agree more than that.
 */
class ReaderAgreementTest {

    /** Below this, a set's two readings disagree too much to measure a tagger against a 0.95 goal. */
    static final double MIN_AGREEMENT_F1 = 0.93;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"blind-ar", "blind2-ar", "blind4-ar", "blind5-ar", "heldout-ar",
            "blind3-ar", "blind-fa", "blind2-fa", "blind4-fa", "blind5-fa", "heldout-fa", "blind3-fa"})
    void twoReadersAgreeAndTheAdjudicatedLabelsKeepWhatTheyAgreeOn(String set) {
        // Given the first reading, the second and the adjudicated labels of one set
        String language = set.substring(set.length() - 2);
        List<LabelledArticle> first = LabelledArticles.labelsOnly("/eval/country-" + set + ".tsv", language);
        List<LabelledArticle> second = LabelledArticles.labelsOnly("/eval/country-" + set + "-reader2.tsv", language);
        List<LabelledArticle> adjudicated = LabelledArticles.labelsOnly("/eval/country-" + set + "-adjudicated.tsv",
                language);
        agree(set, first, second, adjudicated);
    }

    /** The same for the real web pages (eval/country-pages*.tsv), in the languages the tagger reads. */
    @Test
    void twoReadersOfTheWebPagesAgreeAndTheAdjudicatedLabelsKeepWhatTheyAgreeOn() {
        agree("pages", LabelledArticles.pageLabels("/eval/country-pages.tsv"),
                LabelledArticles.pageLabels("/eval/country-pages-reader2.tsv"),
                LabelledArticles.pageLabels("/eval/country-pages-adjudicated.tsv"));
    }

    private static void agree(String set, List<LabelledArticle> first, List<LabelledArticle> second,
                              List<LabelledArticle> adjudicated) {
        assertThat(second).extracting(LabelledArticle::id).containsExactlyElementsOf(
                first.stream().map(LabelledArticle::id).toList());
        assertThat(adjudicated).extracting(LabelledArticle::id).containsExactlyElementsOf(
                first.stream().map(LabelledArticle::id).toList());

        // When the second reading is scored against the first (micro F1 is the same either way round)
        EvalCounts agreement = new EvalCounts();
        int same = 0;
        int decided = 0;
        for (int i = 0; i < first.size(); i++) {
            LabelledArticle a = first.get(i);
            LabelledArticle b = second.get(i);
            agreement.add(a.primary(), b.primary());
            if (a.primary().equals(b.primary())) {
                same++;
                // Then a primary both readers gave stands in the adjudicated labels
                assertThat(adjudicated.get(i).primary()).as(a.id()).isEqualTo(a.primary());
            } else {
                decided++;
            }
            // and a look-alike both readers marked stays forbidden
            assertThat(adjudicated.get(i).forbidden()).as(a.id())
                    .containsAll(a.forbidden().stream().filter(b.forbidden()::contains).toList());
        }
        System.out.printf("READERS %-10s %d articles, same primary %d (%.1f %%), micro F1 %.3f, %d decided by a third%n",
                set, first.size(), same, 100.0 * same / first.size(), agreement.f1(), decided);
        // and the two readers agree closely enough to measure a tagger against a 0.95 goal
        assertThat(agreement.f1()).as("%s: agreement of the two readers", set).isGreaterThanOrEqualTo(MIN_AGREEMENT_F1);
    }
}
