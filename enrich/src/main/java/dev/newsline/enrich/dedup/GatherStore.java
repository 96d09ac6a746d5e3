package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.serde.JsonSerde;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The gatherer's state for one delivery, in two entries: the verdicts so far (small, binary,
 * {@link GatherEntryFormat}) under the delivery ref, rewritten on every verdict, and the article under the
 * ref plus {@link #ARTICLE_SUFFIX}, written once when it comes. An article thus crosses the serializer twice
 * in the gatherer, not once per verdict. The task also keeps each parked article in memory
 * ({@link ParkedArticles}) while the store holds the bytes written with it, so the gatherer parses the stored
 * copy only when that is gone (a restart, a rebalance, a full memory). Entries an earlier version wrote as one JSON
 * object (article included) are still read.
 */
final class GatherStore {

    /**
     * Suffix of article keys. A ref ends with '#' and hex digits, so no ref ends with this and no article key
     * is another delivery's ref.
     */
    static final String ARTICLE_SUFFIX = "#article";
    private static final JsonSerde<PendingArticle> LEGACY = JsonSerde.of(PendingArticle.class);
    private static final JsonSerde<EnrichedArticle> ARTICLE = JsonSerde.of(EnrichedArticle.class);

    private final KeyValueStore<String, byte[]> store;
    private final ParkedArticles parked;

    /** A gather store that keeps no article in memory (every article is read from the store). */
    GatherStore(KeyValueStore<String, byte[]> store) {
        this(store, new ParkedArticles(0));
    }

    /** A gather store whose articles are also kept in {@code parked}, the task's, while they wait. */
    GatherStore(KeyValueStore<String, byte[]> store, ParkedArticles parked) {
        this.store = store;
        this.parked = parked;
    }

    /** True if {@code key} holds an article rather than a delivery's verdicts. */
    static boolean isArticleKey(String key) {
        return key.endsWith(ARTICLE_SUFFIX);
    }

    /**
     * The entry under {@code ref} without its article (an old-layout entry comes with it), or null when there
     * is none; unreadable bytes throw {@link CorruptEntryException}.
     */
    PendingArticle entry(String ref) {
        byte[] bytes = store.get(ref);
        return bytes == null ? null : decode(bytes);
    }

    /** The entry under {@code ref} as {@link #entry}, or a fresh one begun at {@code now} when there is none. */
    PendingArticle entryOrFirst(String ref, long now) {
        PendingArticle p = entry(ref);
        return p == null ? PendingArticle.first(now) : p;
    }

    /** The entry in {@code bytes}, as {@link #entry}. */
    PendingArticle decode(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == '{') {
            try {
                return LEGACY.deserializer().deserialize(VerdictGatherer.STORE, bytes);
            } catch (RuntimeException e) {
                throw new CorruptEntryException("unreadable entry: " + e.getMessage());
            }
        }
        return GatherEntryFormat.decode(bytes);
    }

    /** The article kept for {@code ref}, or null when none is kept or it is unreadable. */
    EnrichedArticle articleIfReadable(String ref) {
        try {
            return article(ref);
        } catch (CorruptEntryException e) {
            return null;
        }
    }

    /** The article kept for {@code ref}; none, or unreadable bytes, throw {@link CorruptEntryException}. */
    EnrichedArticle article(String ref) {
        return stored(ref).article();
    }

    /**
     * The article kept for {@code ref} with the bytes the store holds for it; none, or unreadable bytes, throw
     * {@link CorruptEntryException}.
     */
    Stored stored(String ref) {
        byte[] bytes = store.get(ref + ARTICLE_SUFFIX);
        if (bytes == null) {
            throw new CorruptEntryException("the entry says its article came, but none is kept");
        }
        // The store's bytes decide: the article kept in memory is used only if these are the bytes written with it.
        EnrichedArticle kept = parked.match(ref, bytes);
        if (kept != null) {
            return new Stored(kept, bytes, true);
        }
        try {
            return new Stored(ARTICLE.deserializer().deserialize(VerdictGatherer.STORE, bytes), bytes, false);
        } catch (RuntimeException e) {
            throw new CorruptEntryException("unreadable article: " + e.getMessage());
        }
    }

    /**
     * A kept article and its stored bytes.
     *
     * @param writtenFrom true if {@code json} was written from this very object (it came from memory), so writing
     *                    it again gives these bytes
     */
    record Stored(EnrichedArticle article, byte[] json, boolean writtenFrom) {
    }

    /**
     * Keeps {@code p} under {@code ref}. The article is written only when {@code articleIsNew} (it came with
     * this input, or the entry was read from the old layout): a verdict rewrites the small entry alone.
     */
    void save(String ref, PendingArticle p, boolean articleIsNew) {
        if (articleIsNew && p.article() != null) {
            byte[] json = ARTICLE.serializer().serialize(VerdictGatherer.STORE, p.article());
            store.put(ref + ARTICLE_SUFFIX, json);
            parked.put(ref, p.article(), json);
        }
        store.put(ref, GatherEntryFormat.encode(p));
    }

    /** Forgets the delivery: its entry and its article. */
    void delete(String ref) {
        parked.remove(ref);
        store.delete(ref);
        store.delete(ref + ARTICLE_SUFFIX);
    }
}
