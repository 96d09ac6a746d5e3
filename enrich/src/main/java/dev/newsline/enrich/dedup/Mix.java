package dev.newsline.enrich.dedup;

/** 64-bit finalizer of MurmurHash3: spreads every input bit over every output bit. */
final class Mix {

    private Mix() {
    }

    static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
