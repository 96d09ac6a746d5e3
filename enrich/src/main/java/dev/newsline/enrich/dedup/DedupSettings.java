package dev.newsline.enrich.dedup;

import dev.newsline.ingest.config.NewslineSettings;
import java.time.Duration;

/**
 * Tuning of dedup; the defaults are the measured choice documented in docs/dedup.md.
 *
 * @param window             how far apart (event time) two copies may be; also how long (processing time)
 *                           the index remembers an article
 * @param shingleChars       length of the character shingles over the separator-free match form
 * @param bands              LSH bands (each one probe record and one index entry per article)
 * @param rows               MinHash values per band; the signature has {@code bands * rows} values
 * @param minBands           a near candidate must share at least this many bands
 * @param minSimilarity      and its similarity estimated from the shared bands must reach this
 * @param minShingles        shorter texts get no near probes (their signatures are too coarse)
 * @param eventTimeOrderWithin copies enriched at most this far apart are ordered by event time, others by
 *                           processing time (default 0: first processed is the original, see docs/dedup.md)
 */
public record DedupSettings(
        Duration window,
        int shingleChars,
        int bands,
        int rows,
        int minBands,
        double minSimilarity,
        int minShingles,
        Duration eventTimeOrderWithin) {

    /** Measured defaults with the window from {@code newsline.dedup.window}. */
    public static DedupSettings from(NewslineSettings settings) {
        return defaults().withWindow(settings.dedupWindow());
    }

    /** Measured defaults, 7-day window. */
    public static DedupSettings defaults() {
        return new DedupSettings(Duration.ofDays(7), 7, 16, 4, 2, 0.5, 20, Duration.ZERO);
    }

    /** The same settings with another window. */
    public DedupSettings withWindow(Duration w) {
        return new DedupSettings(w, shingleChars, bands, rows, minBands, minSimilarity, minShingles, eventTimeOrderWithin);
    }

    /** The same settings with another band layout. */
    public DedupSettings withBands(int b, int r, int minB, double minSim) {
        return new DedupSettings(window, shingleChars, b, r, minB, minSim, minShingles, eventTimeOrderWithin);
    }

    /** The same settings with another event-time ordering margin. */
    public DedupSettings withEventTimeOrderWithin(Duration d) {
        return new DedupSettings(window, shingleChars, bands, rows, minBands, minSimilarity, minShingles, d);
    }

    /** The same settings with another shingle length. */
    public DedupSettings withShingleChars(int k) {
        return new DedupSettings(window, k, bands, rows, minBands, minSimilarity, minShingles, eventTimeOrderWithin);
    }

    /** Similarity estimated from {@code shared} of {@link #bands} bands: P(band equal) = s^rows. */
    public double similarityFromBands(int shared) {
        return Math.pow((double) shared / bands, 1.0 / rows);
    }
}
