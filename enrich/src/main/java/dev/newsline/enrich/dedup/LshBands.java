package dev.newsline.enrich.dedup;

/** Splits a MinHash signature into bands; two signatures sharing a band key are near-duplicate candidates. */
public final class LshBands {

    private final int bands;
    private final int rows;

    public LshBands(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
    }

    /** One 64-bit key per band, each mixing the band's index with its rows. */
    public long[] keys(int[] signature) {
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = Mix.fmix64(b + 1L);
            for (int r = 0; r < rows; r++) {
                h = Mix.fmix64(h ^ (signature[b * rows + r] & 0xFFFFFFFFL));
            }
            keys[b] = h;
        }
        return keys;
    }
}
