package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;

/**
 * Hands the JSON that news.enriched will get for an original, already written when the article was parked, to the
 * sink's encoder, so that the article is not written as JSON a second time (issue 10). The gatherer offers it only
 * when the bytes are exactly that article's JSON as output topics carry it: the article came from the task's memory
 * ({@link ParkedArticles}, so the bytes were written from this very object) and has no internal field to drop. The
 * encoder runs right after the gatherer on the same stream thread, but lives in another stage that shares no object
 * with it, so the hand-off is per thread and holds one article; it is taken only for that very object (identity).
 */
public final class OriginalJsonHandoff {

    private static final ThreadLocal<OriginalJsonHandoff> CURRENT = ThreadLocal.withInitial(OriginalJsonHandoff::new);

    private EnrichedArticle article;
    private byte[] json;

    private OriginalJsonHandoff() {
    }

    /** Offers {@code json}, the output bytes of {@code article}, replacing what this thread offered before. */
    static void offer(EnrichedArticle article, byte[] json) {
        OriginalJsonHandoff h = CURRENT.get();
        h.article = article;
        h.json = json;
    }

    /**
     * The output JSON offered for this very {@code article} on this thread, or null (write it); either way the offer
     * is used up.
     */
    public static byte[] take(EnrichedArticle article) {
        OriginalJsonHandoff h = CURRENT.get();
        byte[] json = h.article == article && article != null ? h.json : null;
        h.article = null;
        h.json = null;
        return json;
    }
}
