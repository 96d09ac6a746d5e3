package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.EvalCounts;
import java.util.Set;

/**
 * What a country evaluation counts for one language: micro P/R/F1 of primary countries, tags emitted that the reader
 * marked forbidden (primary or not), and how many articles with a reader-found country got no primary at all.
 */
final class CountryEvalScore {

    final EvalCounts primary = new EvalCounts();
    int forbiddenTags;
    int withGold;
    int withGoldButNoPrimary;

    void add(Set<String> gold, Set<String> forbidden, Set<String> gotPrimary, Set<String> gotAll) {
        primary.add(gold, gotPrimary);
        forbiddenTags += (int) gotAll.stream().filter(forbidden::contains).count();
        if (!gold.isEmpty()) {
            withGold++;
            if (gotPrimary.isEmpty()) {
                withGoldButNoPrimary++;
            }
        }
    }

    /** Share (0–1) of articles where a reader found a country but the tagger gave no primary one. */
    double noPrimaryShare() {
        return withGold == 0 ? 0 : (double) withGoldButNoPrimary / withGold;
    }

    String row(String name) {
        return String.format("| %s | %d | %.3f | %.3f | %.3f | %d | %d/%d = %.1f %% |%n", name, primary.articles,
                primary.precision(), primary.recall(), primary.f1(), forbiddenTags, withGoldButNoPrimary, withGold,
                100 * noPrimaryShare());
    }
}
