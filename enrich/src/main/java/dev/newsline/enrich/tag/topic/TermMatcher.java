package dev.newsline.enrich.tag.topic;

import dev.newsline.enrich.normalize.MatchToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds every rule term in a word sequence at once: a word-level trie whose edges are exact words, word
 * prefixes and word suffixes, all looked up by hash. Work per text word is bounded by the word's length and
 * the trie's depth, not by the number of terms; a word is cut into prefixes and suffixes only as long as the
 * node's longest affix edge, so a huge "word" (500 KB without a space) costs a few lookups, not its length
 * squared. A "word" longer than {@value #MAX_WORD_CHARS} chars (a run of letters without spaces, not language)
 * meets no term, so no evidence quotes it whole. Immutable once built, so safe to share between threads.
 */
final class TermMatcher {

    /** A term found in the text: its id and the first and last word (inclusive) it covers. */
    record Hit(int termId, int from, int to) {
    }

    private static final class Node {
        final Map<String, Node> exact = new HashMap<>();
        final Map<String, Node> prefix = new HashMap<>();
        final Map<String, Node> suffix = new HashMap<>();
        final List<Integer> terms = new ArrayList<>(1);
        int longestPrefix;
        int longestSuffix;

        Node child(TermPattern.Word w) {
            Map<String, Node> edges = switch (w.kind()) {
                case EXACT -> exact;
                case PREFIX -> prefix;
                case SUFFIX -> suffix;
            };
            if (w.kind() == TermPattern.Kind.PREFIX) {
                longestPrefix = Math.max(longestPrefix, w.text().length());
            } else if (w.kind() == TermPattern.Kind.SUFFIX) {
                longestSuffix = Math.max(longestSuffix, w.text().length());
            }
            return edges.computeIfAbsent(w.text(), k -> new Node());
        }
    }

    static final int MAX_WORD_CHARS = 200;

    private final Node root = new Node();

    /** Adds a pattern for term {@code termId}; call before matching. */
    void add(int termId, TermPattern pattern) {
        Node node = root;
        for (TermPattern.Word w : pattern.words()) {
            node = node.child(w);
        }
        if (!node.terms.contains(termId)) {
            node.terms.add(termId);
        }
    }

    /** All hits in {@code words}; {@code forms} gives the forms (affixes removed) a word may match under. */
    List<Hit> find(List<MatchToken> words, Function<String, List<String>> forms) {
        List<List<String>> wordForms = new ArrayList<>(words.size());
        for (MatchToken w : words) {
            wordForms.add(w.text().length() > MAX_WORD_CHARS ? List.of() : forms.apply(w.text()));
        }
        Set<Hit> hits = new LinkedHashSet<>();
        List<Node> frontier = new ArrayList<>();
        List<Node> next = new ArrayList<>();
        for (int from = 0; from < words.size(); from++) {
            frontier.clear();
            frontier.add(root);
            for (int to = from; to < words.size() && !frontier.isEmpty(); to++) {
                next.clear();
                for (Node node : frontier) {
                    step(node, wordForms.get(to), next);
                }
                for (Node n : next) {
                    for (int id : n.terms) {
                        hits.add(new Hit(id, from, to));
                    }
                }
                List<Node> swap = frontier;
                frontier = next;
                next = swap;
            }
        }
        return List.copyOf(hits);
    }

    private static void step(Node node, List<String> forms, List<Node> out) {
        for (String f : forms) {
            Node n = node.exact.get(f);
            if (n != null && !out.contains(n)) {
                out.add(n);
            }
            if (!node.prefix.isEmpty()) {
                for (int len = 1; len <= Math.min(f.length(), node.longestPrefix); len++) {
                    n = node.prefix.get(f.substring(0, len));
                    if (n != null && !out.contains(n)) {
                        out.add(n);
                    }
                }
            }
            if (!node.suffix.isEmpty()) {
                for (int start = Math.max(0, f.length() - node.longestSuffix); start < f.length(); start++) {
                    n = node.suffix.get(f.substring(start));
                    if (n != null && !out.contains(n)) {
                        out.add(n);
                    }
                }
            }
        }
    }
}
