package dev.newsline.enrich.dedup;

import java.util.Arrays;

/** MinHash signatures: for each of n hash functions, the smallest hash over a set of shingles. */
public final class MinHasher {

    private final long[] seeds;

    public MinHasher(int n) {
        seeds = new long[n];
        long s = 0x5DEECE66DL;
        for (int i = 0; i < n; i++) {
            s = Mix.fmix64(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s;
        }
    }

    /** The signature of {@code shingles}; equal positions of two signatures estimate their Jaccard similarity. */
    public int[] signature(long[] shingles) {
        int[] sig = new int[seeds.length];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long sh : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                int h = (int) (Mix.fmix64(sh ^ seeds[i]) >>> 33); // non-negative 31 bits
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** Fraction of equal positions: the MinHash estimate of Jaccard similarity. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }
}
