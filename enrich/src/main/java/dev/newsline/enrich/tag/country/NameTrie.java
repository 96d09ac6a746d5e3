package dev.newsline.enrich.tag.country;

import java.util.Arrays;

/**
 * A character trie over folded names written without spaces, so "قره باغ", "قره‌باغ" and "قرهباغ" are one
 * key. Edges live in one open-addressing hash table keyed by (node, char): compact for hundreds of thousands
 * of names, and a walk costs the same whatever the number of names. Immutable once built, so thread-safe.
 */
final class NameTrie {

    static final int NONE = -1;
    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] children;
    private int[] values;
    private int edges;
    private int nodes = 1;

    NameTrie() {
        keys = new long[1 << 16];
        Arrays.fill(keys, EMPTY);
        children = new int[keys.length];
        values = new int[1 << 12];
        Arrays.fill(values, NONE);
    }

    /** The root node. */
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

    /** The value stored at {@code node}, or {@link #NONE}. */
    int value(int node) {
        return values[node];
    }

    /** Stores {@code value} under {@code key} (a name without spaces), replacing what was there. */
    void put(CharSequence key, int value) {
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            int next = child(node, key.charAt(i));
            node = next == NONE ? addChild(node, key.charAt(i)) : next;
        }
        values[node] = value;
    }

    /** Number of nodes (a size measure for the benchmark report). */
    int size() {
        return nodes;
    }

    private int addChild(int node, char c) {
        if ((edges + 1) * 2 > keys.length) {
            rehash();
        }
        int created = nodes++;
        if (created >= values.length) {
            int old = values.length;
            values = Arrays.copyOf(values, old * 2);
            Arrays.fill(values, old, values.length, NONE);
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
