package dev.newsline.sink.api;

import dev.newsline.sink.count.CountWindow;
import dev.newsline.sink.count.Tally;
import dev.newsline.sink.latest.ArticleEvent;
import dev.newsline.sink.latest.Copies;
import dev.newsline.sink.latest.IndexEntry;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/** This instance's part of the sink state, read-only: from a running KafkaStreams or a test driver. */
interface SinkStores {

    /** The recency index of each partition held here (each one ordered oldest first). */
    List<ReadOnlyKeyValueStore<Bytes, IndexEntry>> indexes();

    /** Full articles of every partition held here. */
    ReadOnlyKeyValueStore<String, ArticleEvent> articles();

    /** Copies lists of every partition held here. */
    ReadOnlyKeyValueStore<String, Copies> copies();

    /** The counts of one window size, every partition held here. */
    ReadOnlyWindowStore<String, Tally> counts(CountWindow window);
}
