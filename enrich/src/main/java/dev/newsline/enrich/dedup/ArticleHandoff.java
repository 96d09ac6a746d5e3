package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;

/**
 * A value one step worked out for an article object, handed to the next step that meets the very same object on
 * the same stream thread, so that the next step need not work it out again (issue 10). The two steps are built by
 * different stages that share no object, but Kafka Streams runs a record through a sub-topology on one thread,
 * depth first: so the hand-off is per thread and holds one article, the last one offered. It is taken only for that
 * very object (identity, not equality); any other article gets null and its step does the work itself.
 *
 * @param <V> what is handed over
 */
public final class ArticleHandoff<V> {

    private final ThreadLocal<Slot<V>> slot = ThreadLocal.withInitial(Slot::new);

    /** The one article offered on a thread and its value. */
    private static final class Slot<V> {
        private EnrichedArticle article;
        private V value;
    }

    /** Offers {@code value} for {@code article}, replacing what this thread offered before. */
    public void offer(EnrichedArticle article, V value) {
        Slot<V> s = slot.get();
        s.article = article;
        s.value = value;
    }

    /**
     * The value offered for this very {@code article} on this thread, or null; either way the offer is used up, so
     * nothing holds on to the article.
     */
    public V take(EnrichedArticle article) {
        Slot<V> s = slot.get();
        V value = s.article == article && article != null ? s.value : null;
        s.article = null;
        s.value = null;
        return value;
    }
}
