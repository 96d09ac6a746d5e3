package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds gazetteer names in a match form: from every word start (and every clitic start inside it) it walks the
 * trie across the following words joined without spaces, so ZWNJ, space and no space at joins all match, and a
 * name must end at a word end (or before an allowed ending). Overlaps go to the longest, then the leftmost match.
 * Cost depends on the text and the longest name, not on how many names there are.
 */
final class PhraseMatcher {

    private static final int MAX_WORDS = 8;

    private final CountryGazetteer gazetteer;

    PhraseMatcher(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Non-overlapping matches in one field whose original text is {@code original}. */
    List<PhraseMatch> find(String field, String original, MatchText form, String language) {
        List<MatchToken> tokens = form.tokens();
        List<PhraseMatch> found = new ArrayList<>();
        NameTrie trie = gazetteer.trie();
        for (int i = 0; i < tokens.size(); i++) {
            String first = tokens.get(i).text();
            for (CliticStripper.Start s : CliticStripper.starts(first, language)) {
                int node = trie.root();
                if (s.articleConsumed()) {
                    node = trie.child(node, CountryGazetteer.ARTICLE_STRIPPED);
                }
                walk(field, original, tokens, i, s.skip(), node, language, found);
            }
        }
        return select(found);
    }

    private void walk(String field, String original, List<MatchToken> tokens, int from, int skip, int node,
                      String language, List<PhraseMatch> found) {
        for (int j = from; j < tokens.size() && j < from + MAX_WORDS && node != NameTrie.NONE; j++) {
            String word = tokens.get(j).text();
            int p = j == from ? skip : 0;
            for (; p < word.length(); p++) {
                if (p > (j == from ? skip : 0) && gazetteer.trie().value(node) != NameTrie.NONE
                        && CliticStripper.isSuffix(word.substring(p), language)) {
                    add(field, original, tokens, from, j, skip, node, language, found);
                }
                node = gazetteer.trie().child(node, word.charAt(p));
                if (node == NameTrie.NONE) {
                    return;
                }
            }
            if (gazetteer.trie().value(node) != NameTrie.NONE) {
                add(field, original, tokens, from, j, skip, node, language, found);
            }
        }
    }

    private void add(String field, String original, List<MatchToken> tokens, int from, int to, int skip, int node,
                     String language, List<PhraseMatch> found) {
        GazetteerEntry entry = gazetteer.entries().get(gazetteer.trie().value(node));
        PhraseMatch m = new PhraseMatch(field, from, to, tokens.get(from).start(), tokens.get(to).end(), skip, entry);
        if (WrittenForm.accepts(m, original, language)) {
            found.add(m);
        }
    }

    private static List<PhraseMatch> select(List<PhraseMatch> found) {
        found.sort(Comparator.comparingInt((PhraseMatch m) -> m.toToken() - m.fromToken()).reversed()
                .thenComparing(Comparator.comparingInt(PhraseMatch::length).reversed())
                .thenComparingInt(PhraseMatch::skip)
                .thenComparingInt(PhraseMatch::start));
        List<PhraseMatch> kept = new ArrayList<>();
        for (PhraseMatch m : found) {
            if (kept.stream().noneMatch(m::overlaps)) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(PhraseMatch::start));
        return kept;
    }
}
