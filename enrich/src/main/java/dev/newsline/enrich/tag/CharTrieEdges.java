package dev.newsline.enrich.tag;

import java.util.Arrays;

/**
 * The edges of a character trie whose nodes are numbered from 0 (the root): one open-addressing hash table keyed by
 * (node, char). Compact for hundreds of thousands of names, and a step costs one probe whatever the trie's size.
 * The taggers keep their values in arrays indexed by node. Filled while the rules load, read-only afterwards, so
 * safe to share between threads.
 */
public final class CharTrieEdges {

    /** No such node. */
    public static final int NONE = -1;
    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] children;
    private int edges;
    private int nodes = 1;

    /** An empty trie (the root alone) with room for {@code capacity} edges before it grows; a power of two. */
    public CharTrieEdges(int capacity) {
        keys = new long[Integer.highestOneBit(Math.max(16, capacity))];
        Arrays.fill(keys, EMPTY);
        children = new int[keys.length];
    }

    /** The child of {@code node} along {@code c}, or {@link #NONE}. */
    public int child(int node, char c) {
        long key = key(node, c);
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

    /** The child of {@code node} along {@code c}, created (numbered {@link #nodes()} before the call) if absent. */
    public int childOrAdd(int node, char c) {
        int existing = child(node, c);
        if (existing != NONE) {
            return existing;
        }
        if ((edges + 1) * 2 > keys.length) {
            rehash();
        }
        int created = nodes++;
        insert(key(node, c), created);
        edges++;
        return created;
    }

    /** How many nodes there are, the root included: node numbers run from 0 to this, exclusive. */
    public int nodes() {
        return nodes;
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
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
