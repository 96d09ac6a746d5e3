package dev.newsline.sink.count;

import java.nio.ByteBuffer;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/** The count stores of the sink (one per {@link CountWindow}, with changelogs) and their serdes. */
public final class ArticleCounts {

    /** A tally as two big-endian longs. */
    public static final Serde<Tally> TALLY_SERDE = Serdes.serdeFrom(
            (topic, t) -> t == null ? null
                    : ByteBuffer.allocate(2 * Long.BYTES).putLong(t.originals()).putLong(t.duplicates()).array(),
            (topic, bytes) -> {
                if (bytes == null) {
                    return null;
                }
                ByteBuffer b = ByteBuffer.wrap(bytes);
                return new Tally(b.getLong(), b.getLong());
            });

    private ArticleCounts() {
    }

    static StoreBuilder<WindowStore<String, Tally>> store(CountWindow window, Duration grace) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(window.storeName(), window.retention(grace), window.size(), false),
                Serdes.String(), TALLY_SERDE)
                // Articles with the same profile in one commit interval reach the changelog as one record (its last
                // tally). Queries read through the cache.
                .withCachingEnabled();
    }
}
