package dev.newsline.enrich.dedup;

import dev.newsline.enrich.identity.ArticleIdentity;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * Where an article stands when two copies meet: which one may be the original of the other.
 *
 * @param eventTime   published_at, else event time (epoch ms)
 * @param id          article id, or for an id longer than {@link #MAX_ID_BYTES} its digest ({@link #boundedId})
 * @param delivery    the raw record's partition and offset, so two deliveries of one id are still ordered
 * @param processedAt when enrich saw it (epoch ms)
 * @param sketch      what verifies a near match (on band probes and their index entries), else null
 */
public record OrderKey(long eventTime, String id, long delivery, long processedAt, SimilaritySketch sketch) {

    /**
     * Longest id an order key carries, in UTF-8 bytes. Ingest caps ids far below this; the index must stay
     * bounded on its own, because every probe record, index entry and verdict carries the id.
     */
    public static final int MAX_ID_BYTES = 1024;
    private static final String DIGEST_PREFIX = "sha256:";

    /** An order key without a sketch (exact probes). */
    public OrderKey(long eventTime, String id, long delivery, long processedAt) {
        this(eventTime, id, delivery, processedAt, null);
    }

    /**
     * {@code id} itself when it fits in {@link #MAX_ID_BYTES}, else {@code sha256:} and the hex SHA-256 of
     * it: still one name per id (so exact-id matches, order and gather keys are unchanged), 71 bytes long.
     */
    public static String boundedId(String id) {
        // UTF-8 takes at most 3 bytes per UTF-16 unit: most ids are decided without encoding them.
        if (id.length() * 3 <= MAX_ID_BYTES || id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES) {
            return id;
        }
        return DIGEST_PREFIX + HexFormat.of().formatHex(ArticleIdentity.sha256(id));
    }

    /** This key carrying {@code s}. */
    public OrderKey withSketch(SimilaritySketch s) {
        return new OrderKey(eventTime, id, delivery, processedAt, s);
    }

    /** Event time, then id, then processing time, then delivery: which of several eligible originals to name. */
    public static final Comparator<OrderKey> EARLIEST = Comparator.comparingLong(OrderKey::eventTime)
            .thenComparing(OrderKey::id).thenComparingLong(OrderKey::processedAt).thenComparingLong(OrderKey::delivery);

    /**
     * True if this article may be the original of {@code other}. Copies processed more than
     * {@code eventTimeWithinMs} apart are ordered by processing time: the earlier one is already on
     * news.enriched and outputs are append-only. Copies processed closer together are ordered by
     * {@link #EARLIEST}. Both branches are strict orders and the choice between them is symmetric, so for
     * any two articles at most one direction holds: two articles can never be each other's duplicate,
     * whichever task sees them first.
     */
    public boolean mayPrecede(OrderKey other, long eventTimeWithinMs) {
        if (Math.abs(processedAt - other.processedAt) > eventTimeWithinMs) {
            return processedAt < other.processedAt;
        }
        return EARLIEST.compare(this, other) < 0;
    }

    /**
     * Where the index files this article: processing time, so entries expire one window after they were
     * indexed, whatever their event time. A backfill of old articles in any order, or a replay of an archive,
     * still meets everything indexed in the last window; one wrong date cannot expire the index.
     */
    public long indexTime() {
        return processedAt;
    }

    /**
     * True if this article's event time (published_at, else event time) is strictly earlier than
     * {@code other}'s. Equal times are not "earlier": the id tie-break of {@link #EARLIEST} makes the order
     * total, it says nothing about who published first.
     */
    public boolean publishedBefore(OrderKey other) {
        return eventTime < other.eventTime;
    }

    /** True if the two articles' event times are at most {@code windowMs} apart. */
    public boolean withinWindow(OrderKey other, long windowMs) {
        return Math.abs(eventTime - other.eventTime) <= windowMs;
    }
}
