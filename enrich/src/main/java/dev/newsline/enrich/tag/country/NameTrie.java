package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.CharTrieEdges;
import java.util.Arrays;

/**
 * A character trie over folded names written without spaces, so "قره باغ", "قره‌باغ" and "قرهباغ" are one
 * key; each name leads to an entry number. Immutable once built, so thread-safe.
 */
final class NameTrie {

    static final int NONE = CharTrieEdges.NONE;

    private final CharTrieEdges edges = new CharTrieEdges(1 << 16);
    private int[] values = filled(new int[1 << 12], 0);

    /** The root node. */
    int root() {
        return 0;
    }

    /** The child of {@code node} along {@code c}, or {@link #NONE}. */
    int child(int node, char c) {
        return edges.child(node, apostrophe(c));
    }

    /**
     * One apostrophe for all: CLDR writes "Côte d’Ivoire" and "N’Djamena" with U+2019, wires type "Côte d'Ivoire"
     * with U+0027, and the match form keeps each as typed.
     */
    static char apostrophe(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\u02BC' ? '\'' : c;
    }

    /** The value stored at {@code node}, or {@link #NONE}. */
    int value(int node) {
        return values[node];
    }

    /** {@code key} with every apostrophe written as U+0027, as the trie reads it (gazetteer keys, Folding.key). */
    static String oneApostrophe(String key) {
        char[] chars = key.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = apostrophe(chars[i]);
        }
        return new String(chars);
    }

    /** Stores {@code value} under {@code key} (a gazetteer key: no spaces, one apostrophe), replacing what was there. */
    void put(CharSequence key, int value) {
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            node = edges.childOrAdd(node, key.charAt(i));
        }
        if (edges.nodes() > values.length) {
            int old = values.length;
            values = filled(Arrays.copyOf(values, Math.max(old * 2, edges.nodes())), old);
        }
        values[node] = value;
    }

    /** Number of nodes (a size measure for the benchmark report). */
    int size() {
        return edges.nodes();
    }

    private static int[] filled(int[] values, int from) {
        Arrays.fill(values, from, values.length, NONE);
        return values;
    }
}
