package dev.newsline.enrich.tag.topic;

import dev.newsline.enrich.normalize.MatchToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds every rule term in a word sequence at once: a word-level trie whose edges are exact words (looked up
 * by hash), word prefixes and word suffixes (each node's affixes in a char trie, walked along the word). Work
 * per text word is bounded by the word's length and the trie's depth, not by the number of terms; a word is
 * walked for prefixes and suffixes only as far as the node's longest affix edge, so a huge "word" (500 KB
 * without a space) costs a few steps, not its length squared. A "word" longer than {@value #MAX_WORD_CHARS}
 * chars (a run of letters without spaces, not language) meets no term, so no evidence quotes it whole.
 * Immutable once built, so safe to share between threads.
 */
final class TermMatcher {

    /** A term found in the text: its id and the first and last word (inclusive) it covers. */
    record Hit(int termId, int from, int to) {
    }

    private static final class Node {
        final Map<String, Node> exact = new HashMap<>();
        AffixTrie<Node> prefix; // null until the node has a prefix edge
        AffixTrie<Node> suffix; // keyed backwards, null until the node has a suffix edge
        int[] terms = new int[0];
        int longestPrefix;
        int longestSuffix;

        Node child(TermPattern.Word w) {
            String text = w.text();
            return switch (w.kind()) {
                case EXACT -> exact.computeIfAbsent(text, k -> new Node());
                case PREFIX -> {
                    longestPrefix = Math.max(longestPrefix, text.length());
                    if (prefix == null) {
                        prefix = new AffixTrie<>();
                    }
                    yield prefix.putIfAbsent(text, false, Node::new);
                }
                case SUFFIX -> {
                    longestSuffix = Math.max(longestSuffix, text.length());
                    if (suffix == null) {
                        suffix = new AffixTrie<>();
                    }
                    yield suffix.putIfAbsent(text, true, Node::new);
                }
            };
        }
    }

    static final int MAX_WORD_CHARS = 200;

    private final Node root = new Node();
    private int longestSuffix;

    /** Adds a pattern for term {@code termId}; call before matching. */
    void add(int termId, TermPattern pattern) {
        Node node = root;
        for (TermPattern.Word w : pattern.words()) {
            node = node.child(w);
            if (w.kind() == TermPattern.Kind.SUFFIX) {
                longestSuffix = Math.max(longestSuffix, w.text().length());
            }
        }
        for (int id : node.terms) {
            if (id == termId) {
                return;
            }
        }
        node.terms = Arrays.copyOf(node.terms, node.terms.length + 1);
        node.terms[node.terms.length - 1] = termId;
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
        int[] suffixPath = new int[longestSuffix];
        for (int from = 0; from < words.size(); from++) {
            frontier.clear();
            frontier.add(root);
            for (int to = from; to < words.size() && !frontier.isEmpty(); to++) {
                next.clear();
                List<String> toForms = wordForms.get(to);
                for (int k = 0; k < frontier.size(); k++) { // indexed loops: no iterator per word and node
                    step(frontier.get(k), toForms, next, suffixPath);
                }
                for (int k = 0; k < next.size(); k++) {
                    for (int id : next.get(k).terms) {
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

    /**
     * The nodes reached from {@code node} by one text word, in a fixed order: per form, the exact edge, then
     * prefixes shortest first, then suffixes longest first. {@code suffixPath} is scratch space for the suffix walk.
     */
    private static void step(Node node, List<String> forms, List<Node> out, int[] suffixPath) {
        for (int k = 0; k < forms.size(); k++) {
            String f = forms.get(k);
            addNew(node.exact.get(f), out);
            if (node.prefix != null) {
                AffixTrie<Node> trie = node.prefix;
                int at = trie.root();
                int longest = Math.min(f.length(), node.longestPrefix);
                for (int len = 1; len <= longest; len++) {
                    at = trie.child(at, f.charAt(len - 1));
                    if (at == AffixTrie.NONE) {
                        break;
                    }
                    addNew(trie.value(at), out);
                }
            }
            if (node.suffix != null) {
                AffixTrie<Node> trie = node.suffix;
                int at = trie.root();
                int longest = Math.min(f.length(), node.longestSuffix);
                int depth = 0;
                while (depth < longest) {
                    at = trie.child(at, f.charAt(f.length() - 1 - depth));
                    if (at == AffixTrie.NONE) {
                        break;
                    }
                    suffixPath[depth++] = at;
                }
                for (int d = depth - 1; d >= 0; d--) {
                    addNew(trie.value(suffixPath[d]), out);
                }
            }
        }
    }

    private static void addNew(Node n, List<Node> out) {
        if (n != null && !out.contains(n)) {
            out.add(n);
        }
    }
}
