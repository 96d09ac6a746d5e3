package dev.newsline.enrich.tag.country;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per field, the tokens that lie inside some of an article's place matches. */
final class CoveredTokens {

    private final Map<String, BitSet> byField = new HashMap<>();

    CoveredTokens(List<PhraseMatch> places) {
        for (PhraseMatch p : places) {
            byField.computeIfAbsent(p.field(), f -> new BitSet()).set(p.fromToken(), p.toToken() + 1);
        }
    }

    /** Whether token {@code token} of {@code field} lies inside a match. */
    boolean covers(String field, int token) {
        BitSet tokens = byField.get(field);
        return tokens != null && tokens.get(token);
    }
}
