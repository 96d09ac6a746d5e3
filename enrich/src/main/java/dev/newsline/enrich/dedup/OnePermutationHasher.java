package dev.newsline.enrich.dedup;

import java.util.Arrays;

/**
 * MinHash signatures from one hash per shingle (one-permutation hashing): the hash picks one of n bins and
 * the bin keeps its smallest value; an empty bin borrows the value of the bin that a hash sequence seeded by
 * its own index reaches first ("optimal densification", Shrivastava 2017). Two signatures then agree in a
 * position with probability equal to the sets' Jaccard similarity, as with n independent permutations
 * ({@link MinHasher}), at the cost of one hash per shingle instead of n.
 */
public final class OnePermutationHasher {

    private static final long SEED = 0x2545F4914F6CDD1DL;
    private static final int EMPTY = -1;

    private final int n;

    public OnePermutationHasher(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("at least one bin, not " + n);
        }
        this.n = n;
    }

    /** The signature of {@code shingles}: n non-negative 31-bit values (all {@code Integer.MAX_VALUE} when empty). */
    public int[] signature(long[] shingles) {
        int[] bins = new int[n];
        Arrays.fill(bins, EMPTY);
        for (long sh : shingles) {
            long h = Mix.fmix64(sh ^ SEED);
            int bin = (int) (((h >>> 32) * n) >>> 32); // upper 32 bits scaled to [0, n): no modulo bias to speak of
            int value = (int) (h & 0x7FFF_FFFF);
            if (bins[bin] == EMPTY || value < bins[bin]) {
                bins[bin] = value;
            }
        }
        if (shingles.length == 0) {
            int[] none = new int[n];
            Arrays.fill(none, Integer.MAX_VALUE);
            return none;
        }
        int[] sig = bins.clone();
        for (int i = 0; i < n; i++) {
            if (bins[i] == EMPTY) {
                sig[i] = borrow(bins, i);
            }
        }
        return sig;
    }

    /**
     * The value of the first non-empty bin on bin {@code i}'s own probe sequence. With at least one non-empty
     * bin of n the expected number of probes is n / (non-empty bins); after 64·n probes a scan ends the search,
     * so no input can make it loop long.
     */
    private int borrow(int[] bins, int i) {
        long state = Mix.fmix64(SEED + i);
        for (int attempt = 0; attempt < 64 * n; attempt++) {
            state = Mix.fmix64(state + 0x9E3779B97F4A7C15L);
            int j = (int) (((state >>> 32) * n) >>> 32);
            if (bins[j] != EMPTY) {
                return bins[j];
            }
        }
        for (int k = 1; k < n; k++) {
            int j = (i + k) % n;
            if (bins[j] != EMPTY) {
                return bins[j];
            }
        }
        return Integer.MAX_VALUE;
    }
}
