package dev.newsline.sink.api;

import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.sink.count.CountWindow;
import dev.newsline.sink.count.Tally;
import dev.newsline.sink.latest.ArticleEvent;
import dev.newsline.sink.latest.Copies;
import dev.newsline.sink.latest.IndexEntry;
import dev.newsline.sink.latest.LatestArticles;
import dev.newsline.sink.stage.SinkStage;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/** The sink stores of a running instance, through interactive queries (active tasks only). */
final class StreamsStores implements SinkStores {

    private final KafkaStreams streams;
    private final String stateTopic;

    StreamsStores(KafkaStreams streams, String applicationId) {
        this.streams = streams;
        this.stateTopic = applicationId + "-" + SinkStage.STATE_TOPIC + "-repartition";
    }

    StreamsStores(KafkaStreams streams) {
        this(streams, StreamsConfigFactory.APPLICATION_ID);
    }

    @Override
    public List<ReadOnlyKeyValueStore<Bytes, IndexEntry>> indexes() {
        // One store per partition: each iterates in time order, which the composite over all of them does not.
        return streams.metadataForLocalThreads().stream()
                .flatMap(t -> t.activeTasks().stream())
                .flatMap(task -> task.topicPartitions().stream())
                .filter(tp -> tp.topic().equals(stateTopic))
                .map(tp -> streams.store(StoreQueryParameters.fromNameAndType(LatestArticles.INDEX_STORE,
                        QueryableStoreTypes.<Bytes, IndexEntry>keyValueStore()).withPartition(tp.partition())))
                .toList();
    }

    @Override
    public ReadOnlyKeyValueStore<String, ArticleEvent> articles() {
        return store(LatestArticles.ARTICLES_STORE, QueryableStoreTypes.keyValueStore());
    }

    @Override
    public ReadOnlyKeyValueStore<String, Copies> copies() {
        return store(LatestArticles.COPIES_STORE, QueryableStoreTypes.keyValueStore());
    }

    @Override
    public ReadOnlyWindowStore<String, Tally> counts(CountWindow window) {
        return store(window.storeName(), QueryableStoreTypes.windowStore());
    }

    private <T> T store(String name, QueryableStoreType<T> type) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, type));
    }
}
