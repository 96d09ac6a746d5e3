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

    /**
     * In memory, restored from its changelog at start. As a persistent (cached) window store it was found without a
     * committed changelog offset when its task came back to an instance that had just run it, and Kafka Streams then
     * finds the task's directory not empty and wipes the task as corrupted (exactly-once). Wiping during a rebalance aborts the stream thread's transaction without
     * rewinding the thread's other tasks (Kafka Streams 4.3.1, {@code TaskManager.handleCorruption} skips its commit
     * while a rebalance is in progress), and their outputs since the last commit are lost: dedup verdicts, so
     * articles waited for the gatherer's timeout (docs/dedup.md, "Lost verdicts"). In-memory stores are never
     * checked so. A tally per profile and window is small: two days of hours and 35 days of days.
     */
    static StoreBuilder<WindowStore<String, Tally>> store(CountWindow window, Duration grace) {
        return Stores.windowStoreBuilder(
                Stores.inMemoryWindowStore(window.storeName(), window.retention(grace), window.size(), false),
                Serdes.String(), TALLY_SERDE)
                // Articles with the same profile in one commit interval reach the changelog as one record (its last
                // tally). Queries read through the cache.
                .withCachingEnabled();
    }
}
