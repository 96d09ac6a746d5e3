package dev.newsline.sink.bench;

import java.util.Arrays;

/** Latency percentiles in milliseconds (nearest rank), from every measured record. */
public record Percentiles(long count, long p50, long p95, long p99, long max) {

    /** Nearest-rank percentiles of {@code millis}; all zero when there are none. */
    public static Percentiles of(long[] millis) {
        if (millis.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted[sorted.length - 1]);
    }

    private static long rank(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length); // 1-based nearest rank
        return sorted[Math.max(rank, 1) - 1];
    }
}
