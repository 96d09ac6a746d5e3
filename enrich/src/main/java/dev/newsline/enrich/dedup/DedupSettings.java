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
 * @param rows               MinHash values per band
 * @param minBands           a near candidate must share at least this many bands
 * @param minSimilarity      a near candidate is a copy if its sketch-estimated Jaccard reaches this…
 * @param containedMinSimilarity …or if it reaches this and
 * @param minContainment     the shorter article is at least this much contained in the longer (shortened copies)
 * @param sketchValues       MinHash values in the signature, 2 bits of each kept in the similarity sketch
 * @param minShingles        shorter texts get no near probes (their signatures are too coarse)
 * @param eventTimeOrderWithin copies enriched at most this far apart are ordered by event time, others by
 *                           processing time (default 0: first processed is the original, see docs/dedup.md)
 * @param originalHold       how long an article that found no earlier copy waits after its last verdict before it
 *                           leaves as an original, so that a copy processed just before it, whose probes reached the
 *                           index after its own, can still claim it (docs/dedup.md, Late claims)
 */
public record DedupSettings(
        Duration window,
        int shingleChars,
        int bands,
        int rows,
        int minBands,
        double minSimilarity,
        double containedMinSimilarity,
        double minContainment,
        int sketchValues,
        int minShingles,
        Duration eventTimeOrderWithin,
        Duration originalHold) {

    /** Measured defaults with the window and the copy rule's thresholds from {@code newsline.dedup.*}. */
    public static DedupSettings from(NewslineSettings settings) {
        DedupSettings d = defaults();
        return new DedupSettings(settings.dedupWindow(), d.shingleChars, d.bands, d.rows, d.minBands,
                settings.dedupMinSimilarity(), settings.dedupContainedMinSimilarity(), settings.dedupMinContainment(),
                d.sketchValues, d.minShingles, d.eventTimeOrderWithin, settings.dedupOriginalHold());
    }

    /** Measured defaults, 7-day window, originals held 0.3 s. */
    public static DedupSettings defaults() {
        return new DedupSettings(Duration.ofDays(7), 7, 24, 3, 1, 0.47, 0.30, 0.85, 384, 20, Duration.ZERO,
                Duration.ofMillis(300));
    }

    /** The same settings with another window. */
    public DedupSettings withWindow(Duration w) {
        return new DedupSettings(w, shingleChars, bands, rows, minBands, minSimilarity, containedMinSimilarity,
                minContainment, sketchValues, minShingles, eventTimeOrderWithin, originalHold);
    }

    /** The same settings with another band layout and similarity floor. */
    public DedupSettings withBands(int b, int r, int minB, double minSim) {
        return new DedupSettings(window, shingleChars, b, r, minB, minSim, containedMinSimilarity, minContainment,
                sketchValues, minShingles, eventTimeOrderWithin, originalHold);
    }

    /** The same settings with another event-time ordering margin. */
    public DedupSettings withEventTimeOrderWithin(Duration d) {
        return new DedupSettings(window, shingleChars, bands, rows, minBands, minSimilarity, containedMinSimilarity,
                minContainment, sketchValues, minShingles, d, originalHold);
    }

    /** The same settings with another shingle length. */
    public DedupSettings withShingleChars(int k) {
        return new DedupSettings(window, k, bands, rows, minBands, minSimilarity, containedMinSimilarity,
                minContainment, sketchValues, minShingles, eventTimeOrderWithin, originalHold);
    }

    /** The same settings with another hold of originals. */
    public DedupSettings withOriginalHold(Duration d) {
        return new DedupSettings(window, shingleChars, bands, rows, minBands, minSimilarity, containedMinSimilarity,
                minContainment, sketchValues, minShingles, eventTimeOrderWithin, d);
    }

    /** True if a candidate at estimated Jaccard {@code jaccard} and containment {@code containment} is a copy. */
    public boolean isCopy(double jaccard, double containment) {
        return jaccard >= minSimilarity || (jaccard >= containedMinSimilarity && containment >= minContainment);
    }
}
