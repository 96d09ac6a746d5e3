package dev.newsline.enrich.dedup;

import java.util.Arrays;

/** Character k-shingles of a separator-free match form, as distinct 64-bit hashes. */
public final class Shingler {

    private final int k;

    public Shingler(int k) {
        this.k = k;
    }

    /** Distinct shingle hashes of {@code text} (one shingle for texts shorter than k, none for empty text). */
    public long[] shingles(String text) {
        int n = text.length();
        if (n == 0) {
            return new long[0];
        }
        if (n <= k) {
            return new long[] {hash(text, 0, n)};
        }
        long[] out = new long[n - k + 1];
        for (int i = 0; i + k <= n; i++) {
            out[i] = hash(text, i, i + k);
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    private static long hash(String s, int from, int to) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return Mix.fmix64(h);
    }
}
