package dev.newsline.sink.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;

/** The count stores as Kafka Streams sees them. */
class ArticleCountsTest {

    /**
     * As persistent window stores they were found without a committed changelog offset when their task returned to
     * an instance, and under exactly-once Kafka Streams then wipes the task as corrupted; a wipe during a rebalance
     * aborts the thread's transaction under its other tasks (docs/dedup.md, "Lost verdicts"). In-memory stores are
     * never checked so; they are restored from their changelogs instead.
     */
    @Test
    void countStoresAreInMemoryWithChangelogs() {
        for (CountWindow window : CountWindow.values()) {
            WindowStore<String, Tally> store = ArticleCounts.store(window, Duration.ofDays(1)).build();
            assertThat(store.name()).isEqualTo(window.storeName());
            assertThat(store.persistent()).as(window.storeName()).isFalse();
            assertThat(ArticleCounts.store(window, Duration.ofDays(1)).loggingEnabled()).as(window.storeName()).isTrue();
        }
    }
}
