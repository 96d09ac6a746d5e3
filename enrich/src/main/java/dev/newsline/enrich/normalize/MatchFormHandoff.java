package dev.newsline.enrich.normalize;

import dev.newsline.enrich.model.EnrichedArticle;

/**
 * Hands the match forms that enrichment folded for an article to the dedup fingerprint of the same article, so
 * that its title and body are not folded a second time (issue 10). The fingerprint runs right after enrichment, on
 * the same stream thread and with no topic between them, but the two are built by different stages that share no
 * object, so the hand-off is per thread and holds one article: the last one offered. It is taken only for that
 * very object (identity, not equality); any other article gets null and is folded as before.
 */
public final class MatchFormHandoff {

    private static final ThreadLocal<MatchFormHandoff> CURRENT = ThreadLocal.withInitial(MatchFormHandoff::new);

    private EnrichedArticle article;
    private String titleForm;
    private String bodyForm;

    private MatchFormHandoff() {
    }

    /** Offers the joined match forms of {@code article}'s title and body, replacing what this thread offered before. */
    public static void offer(EnrichedArticle article, String titleForm, String bodyForm) {
        MatchFormHandoff h = CURRENT.get();
        h.article = article;
        h.titleForm = titleForm;
        h.bodyForm = bodyForm;
    }

    /**
     * The joined match form of title then body offered for this very {@code article} on this thread, or null; either
     * way the offer is used up (nothing holds on to the article).
     */
    public static String take(EnrichedArticle article) {
        MatchFormHandoff h = CURRENT.get();
        String form = h.article == article && article != null ? h.titleForm + h.bodyForm : null;
        h.article = null;
        h.titleForm = null;
        h.bodyForm = null;
        return form;
    }
}
