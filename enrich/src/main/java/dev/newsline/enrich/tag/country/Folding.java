package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;

/**
 * Folds short strings (a dateline's place, a region after a comma) at tagging time. The normalizer keeps working
 * buffers, so each thread gets its own: the tagger is shared by every stream thread.
 */
final class Folding {

    private static final ThreadLocal<MatchFormNormalizer> NORMALIZER = ThreadLocal.withInitial(MatchFormNormalizer::new);

    private Folding() {
    }

    /** The match form of {@code text}, spaces kept. */
    static String fold(String text) {
        return NORMALIZER.get().fold(text);
    }

    /** The match form of {@code text} without spaces and with one apostrophe: a gazetteer key. */
    static String key(String text) {
        return NameTrie.oneApostrophe(NORMALIZER.get().fold(text).replace(" ", ""));
    }
}
