package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import java.util.List;

/**
 * A gazetteer name found in one field: the tokens it spans and its offsets in the original string.
 *
 * @param skip characters of a clitic prefix inside the first word (l', و، بال) not part of the name
 * @param entry the name; null only inside PhraseMatcher, for a name of several words that is no evidence in the
 *              article's language but keeps a shorter name inside it from matching
 */
record PhraseMatch(String field, int fromToken, int toToken, int start, int end, int skip, GazetteerEntry entry) {

    int length() {
        return end - start;
    }

    /** A match of {@code entry} over the characters {@code start} to {@code end} of a field, on the tokens they touch. */
    static PhraseMatch spanning(String field, List<MatchToken> tokens, int start, int end, GazetteerEntry entry) {
        int from = 0;
        while (from + 1 < tokens.size() && tokens.get(from).end() <= start) {
            from++;
        }
        int to = from;
        while (to + 1 < tokens.size() && tokens.get(to + 1).start() < end) {
            to++;
        }
        return new PhraseMatch(field, from, to, start, end, 0, entry);
    }
}
