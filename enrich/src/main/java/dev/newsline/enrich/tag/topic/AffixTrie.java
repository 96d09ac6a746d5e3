package dev.newsline.enrich.tag.topic;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The word prefixes (or, keyed backwards, suffixes) that leave one term-matcher node, as a char trie: finding
 * every affix of a text word walks its chars once, where looking each length up in a map cut a new substring
 * and hashed it per length. Edges live in one open-addressing table keyed by (trie node, char).
 * Filled while the rules load, read-only afterwards, so safe to share between threads.
 *
 * @param <T> what an affix leads to
 */
final class AffixTrie<T> {

    static final int NONE = -1;
    private static final long EMPTY = -1L;

    private long[] keys = new long[16];
    private int[] children = new int[16];
    private Object[] values = new Object[8];
    private int edges;
    private int nodes = 1;

    AffixTrie() {
        Arrays.fill(keys, EMPTY);
    }

    /** The root (the empty affix). */
    int root() {
        return 0;
    }

    /** The child of {@code node} along {@code c}, or {@link #NONE}. */
    int child(int node, char c) {
        long key = ((long) node << 16) | c;
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return children[i];
            }
            if (k == EMPTY) {
                return NONE;
            }
        }
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
            char c = affix.charAt(backwards ? affix.length() - 1 - k : k);
            int next = child(node, c);
            node = next == NONE ? addChild(node, c) : next;
        }
        if (values[node] == null) {
            values[node] = created.get();
        }
        return value(node);
    }

    private int addChild(int node, char c) {
        if ((edges + 1) * 2 > keys.length) {
            rehash();
        }
        int created = nodes++;
        if (created >= values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        insert(((long) node << 16) | c, created);
        edges++;
        return created;
    }

    private void insert(long key, int child) {
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        children[i] = child;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        children = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                insert(oldKeys[i], oldChildren[i]);
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
