package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import java.util.List;
import java.util.Set;

/**
 * The capitalized words that follow a place's name with only spaces between, and the lower-case words such a name may
 * hold ({@code joiners}: and, of): the name the place opens, a company's, a council's, a street's ("Jamaica Water
 * Supply Co", "Chaguanas Borough Corporation"). Tokens {@code from} (inclusive) to {@code to} (exclusive).
 */
record CapitalizedRun(int from, int to) {

    /** The run from token {@code next} on, at most {@code maxWords} words. */
    static CapitalizedRun after(String text, List<MatchToken> t, int next, int maxWords, Set<String> joiners) {
        return walk(text, t, next, t.get(next - 1).end(), maxWords, joiners);
    }

    /**
     * The run that opens at token {@code first}, whatever stands before it (a lead after its dateline's dash), at most
     * {@code maxWords} words.
     */
    static CapitalizedRun at(String text, List<MatchToken> t, int first, int maxWords, Set<String> joiners) {
        return first < t.size() ? walk(text, t, first, t.get(first).start(), maxWords, joiners)
                : new CapitalizedRun(first, first);
    }

    private static CapitalizedRun walk(String text, List<MatchToken> t, int next, int end, int maxWords,
                                       Set<String> joiners) {
        int k = next;
        while (k < t.size() && k - next < maxWords) {
            MatchToken w = t.get(k);
            if (!TextPositions.adjacent(text, end, w.start())
                    || !(TextPositions.capitalized(text, w) || joiners.contains(w.text()))) {
                break;
            }
            end = w.end();
            k++;
        }
        return new CapitalizedRun(next, k);
    }
}
