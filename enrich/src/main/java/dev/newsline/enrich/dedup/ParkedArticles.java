package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.processor.TaskId;

/**
 * The articles one task has parked and not yet gathered, kept in memory beside the gather store's copy, so that
 * the gatherer does not read back (parse) the JSON the parker wrote a moment before (issue 10). The store stays
 * what counts: an article is taken from here only when the bytes the store holds for it are the very bytes written
 * with it; otherwise (evicted here, restored after a restart or rebalance, rewritten) it is read from the store, as
 * before. Bounded by the JSON bytes it holds ({@link #MAX_BYTES}; when full, newcomers are not kept) and emptied
 * whenever the task's processors start or close. Used by one stream thread at a time, like the task.
 */
final class ParkedArticles {

    /** Most JSON bytes kept per task; articles parked beyond it are read from the store. */
    static final long MAX_BYTES = 32L << 20;

    private final Map<String, Parked> byRef = new HashMap<>();
    private final long maxBytes;
    private long bytes;

    ParkedArticles() {
        this(MAX_BYTES);
    }

    ParkedArticles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** An article and the bytes the store got for it. */
    private record Parked(EnrichedArticle article, byte[] json) {
    }

    /**
     * Keeps {@code article}, parked under {@code ref} as {@code json} (the very bytes put in the store), if there is
     * room. When there is none the newcomer is not kept, rather than the oldest dropped: articles are gathered
     * roughly in the order they were parked, so the oldest are the next ones needed (in a backlog the task parks
     * far ahead of its verdicts, and dropping the oldest would drop each article just before it is gathered).
     */
    void put(String ref, EnrichedArticle article, byte[] json) {
        remove(ref);
        if (bytes + json.length > maxBytes) {
            return;
        }
        byRef.put(ref, new Parked(article, json));
        bytes += json.length;
    }

    /**
     * The article parked under {@code ref} if {@code stored}, the bytes the store holds for it, are exactly those
     * it was written as; else null (read the store's copy).
     */
    EnrichedArticle match(String ref, byte[] stored) {
        Parked p = byRef.get(ref);
        return p != null && (p.json == stored || Arrays.equals(p.json, stored)) ? p.article : null;
    }

    /** Forgets what is kept under {@code ref}. */
    void remove(String ref) {
        Parked p = byRef.remove(ref);
        if (p != null) {
            bytes -= p.json.length;
        }
    }

    /** Forgets everything. */
    void clear() {
        byRef.clear();
        bytes = 0;
    }

    /** How many articles are kept. */
    int size() {
        return byRef.size();
    }

    /**
     * One {@link ParkedArticles} per task, shared by the task's parker and gatherer: the two are built by separate
     * suppliers, so they find their task's by its id. Each opens it at init and releases it at close, and either
     * empties it, so nothing survives a task's close, revocation or restart but the store.
     */
    static final class PerTask {

        private final Map<TaskId, ParkedArticles> tasks = new ConcurrentHashMap<>();

        /** The task's kept articles, emptied: called when one of its processors starts. */
        ParkedArticles open(TaskId task) {
            ParkedArticles parked = tasks.computeIfAbsent(task, t -> new ParkedArticles());
            parked.clear();
            return parked;
        }

        /** Drops the task's kept articles: called when one of its processors closes. */
        void release(TaskId task) {
            ParkedArticles parked = tasks.remove(task);
            if (parked != null) {
                parked.clear();
            }
        }
    }
}
