package dev.newsline.sink.latest;

import dev.newsline.ingest.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The latest-articles state of the sink: three stores with changelogs, per partition of the sink's repartition
 * topic (keyed by the original's id, so an original and its copies are together). Articles are kept by id with
 * their full record; a recency index orders them by event time for lists and eviction; copies are listed under
 * their original.
 */
public final class LatestArticles {

    /** Article id → {@link ArticleEvent} (the full record; originals and copies). */
    public static final String ARTICLES_STORE = "sink-latest-articles";
    /** {@link RecencyKey} → {@link IndexEntry}, oldest first. */
    public static final String INDEX_STORE = "sink-latest-index";
    /** Original's id → its {@link Copies}. */
    public static final String COPIES_STORE = "sink-latest-copies";
    /**
     * A key no article has (ids are never empty), written once to the copies store so that its changelog is never
     * empty beside the other stores' (see {@code LatestArticlesProcessor}).
     */
    public static final String COPIES_CHANGELOG_MARK = "";

    public static final Serde<ArticleEvent> EVENT_SERDE = new ArticleEventSerde();
    public static final Serde<IndexEntry> INDEX_SERDE = JsonSerde.of(IndexEntry.class);
    public static final Serde<Copies> COPIES_SERDE = JsonSerde.of(Copies.class);

    private LatestArticles() {
    }

    static StoreBuilder<KeyValueStore<String, ArticleEvent>> articlesStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES_STORE), Serdes.String(),
                EVENT_SERDE);
    }

    static StoreBuilder<KeyValueStore<Bytes, IndexEntry>> indexStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INDEX_STORE), Serdes.Bytes(), INDEX_SERDE);
    }

    static StoreBuilder<KeyValueStore<String, Copies>> copiesStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COPIES_STORE), Serdes.String(),
                COPIES_SERDE);
    }
}
