package dev.newsline.sink.latest;

import java.util.Set;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Keeps the newest {@code capacity} articles of its partition (by event time) in the {@link LatestArticles} stores;
 * evicting an original drops its list of copies, and so does evicting a copy whose original is not kept, so no list
 * outlives what it lists. An exact-id copy (same id as its original) is kept beside it under its id and raw record's origin.
 */
public final class LatestArticlesProcessor implements Processor<String, ArticleEvent, Void, Void> {

    /** Name of the processor in the topology. */
    public static final String STEP = "sink-latest-articles";

    private final int capacity;
    private KeyValueStore<String, ArticleEvent> articles;
    private KeyValueStore<Bytes, IndexEntry> index;
    private KeyValueStore<String, Copies> copies;
    private long size;
    private boolean copiesLogged;

    LatestArticlesProcessor(int capacity) {
        this.capacity = capacity;
    }

    /** The processor with its three stores. */
    public static ProcessorSupplier<String, ArticleEvent, Void, Void> supplier(int capacity) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ArticleEvent, Void, Void> get() {
                return new LatestArticlesProcessor(capacity);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(LatestArticles.articlesStore(), LatestArticles.indexStore(),
                        LatestArticles.copiesStore());
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        articles = context.getStateStore(LatestArticles.ARTICLES_STORE);
        index = context.getStateStore(LatestArticles.INDEX_STORE);
        copies = context.getStateStore(LatestArticles.COPIES_STORE);
        // Stores are restored before init: count what the changelog brought back.
        try (KeyValueIterator<Bytes, IndexEntry> all = index.all()) {
            while (all.hasNext()) {
                all.next();
                size++;
            }
        }
    }

    @Override
    public void process(Record<String, ArticleEvent> record) {
        if (!copiesLogged) {
            markCopiesChangelog();
        }
        ArticleEvent event = record.value();
        if (event == null || event.article() == null || event.article().eventTime() == null) {
            return;
        }
        String id = event.article().id();
        String key = id;
        ArticleEvent kept = articles.get(id);
        if (kept != null) {
            if (!event.duplicate()) {
                if (!kept.duplicate()) {
                    return; // an original seen again (at-least-once processing): kept once
                }
                // an exact-id copy came first (the two come from different tasks): it moves aside for its original
                String copyKey = copyKey(kept);
                articles.put(copyKey, kept);
                index.delete(RecencyKey.of(kept.article().eventTime(), id));
                index.put(RecencyKey.of(kept.article().eventTime(), copyKey), IndexEntry.of(copyKey, kept));
            } else {
                key = copyKey(event); // an exact-id copy: the same id as its original
            }
        }
        articles.put(key, event);
        index.put(RecencyKey.of(event.article().eventTime(), key), IndexEntry.of(key, event));
        size++;
        // Listed even before the original arrives: the two come from different tasks, in either order.
        if (event.duplicate()) {
            Copies listed = copies.get(event.duplicateOf());
            copies.put(event.duplicateOf(), (listed == null ? Copies.none() : listed).with(id));
        }
        while (size > capacity) {
            evictOldest();
        }
    }

    /**
     * Writes the copies store once in its life, at its first record. A persistent store whose changelog is empty has
     * no checkpoint offset, and under exactly-once Kafka Streams wipes a task as corrupted when such a store sits
     * beside stores with state on disk: here, on every partition that has had no copy yet, each time its task came
     * back to an instance. A wipe during a rebalance aborts the stream thread's transaction under its other tasks
     * (docs/dedup.md, "Lost verdicts").
     */
    private void markCopiesChangelog() {
        if (copies.get(LatestArticles.COPIES_CHANGELOG_MARK) == null) {
            copies.put(LatestArticles.COPIES_CHANGELOG_MARK, Copies.none());
        }
        copiesLogged = true;
    }

    private static String copyKey(ArticleEvent copy) {
        return copy.article().id() + "#" + copy.article().origin();
    }

    private void evictOldest() {
        Bytes oldest;
        IndexEntry entry;
        try (KeyValueIterator<Bytes, IndexEntry> all = index.all()) {
            if (!all.hasNext()) {
                size = 0;
                return;
            }
            var next = all.next();
            oldest = next.key;
            entry = next.value;
        }
        index.delete(oldest);
        articles.delete(entry.storeKey());
        if (entry.original()) {
            copies.delete(entry.summary().id());
        } else if (articles.get(entry.summary().duplicateOf()) == null) {
            copies.delete(entry.summary().duplicateOf()); // the list of an original no longer (or never) kept
        }
        size--;
    }
}
