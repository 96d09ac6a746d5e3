package dev.newsline.enrich.tag.topic;

import dev.newsline.enrich.tag.CharTrieEdges;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The word prefixes (or, keyed backwards, suffixes) that leave one term-matcher node, as a char trie: finding
 * every affix of a text word walks its chars once, where looking each length up in a map cut a new substring
 * and hashed it per length. Filled while the rules load, read-only afterwards, so safe to share between threads.
 *
 * @param <T> what an affix leads to
 */
final class AffixTrie<T> {

    static final int NONE = CharTrieEdges.NONE;

    private final CharTrieEdges edges = new CharTrieEdges(16);
    private Object[] values = new Object[8];

    /** The root (the empty affix). */
    int root() {
        return 0;
    }

    /** The child of {@code node} along {@code c}, or {@link #NONE}. */
    int child(int node, char c) {
        return edges.child(node, c);
    }

    /** What the affix ending at {@code node} leads to, or null. */
    @SuppressWarnings("unchecked")
    T value(int node) {
        return (T) values[node];
    }

    /** The value under {@code affix} read forwards ({@code backwards} false) or backwards, created if absent. */
    T putIfAbsent(String affix, boolean backwards, Supplier<T> created) {
        int node = 0;
        for (int k = 0; k < affix.length(); k++) {
            node = edges.childOrAdd(node, affix.charAt(backwards ? affix.length() - 1 - k : k));
        }
        if (edges.nodes() > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, edges.nodes()));
        }
        if (values[node] == null) {
            values[node] = created.get();
        }
        return value(node);
    }
}
