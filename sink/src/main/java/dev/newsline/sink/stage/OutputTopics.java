package dev.newsline.sink.stage;

import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.errors.OutputLimit;
import java.util.Map;
import java.util.Set;

/**
 * What the sink knows of the topics it writes, learnt before processing starts: which per-tag topics exist (routing
 * writes to no other), and each topic's {@code max.message.bytes} where it is below what Newsline writes.
 */
public final class OutputTopics {

    private final Set<String> routable;
    private final Map<String, Integer> maxMessageBytes;

    private OutputTopics(Set<String> routable, Map<String, Integer> maxMessageBytes) {
        this.routable = routable == null ? null : Set.copyOf(routable);
        this.maxMessageBytes = Map.copyOf(maxMessageBytes);
    }

    /** Every per-tag topic counts as existing, every topic takes the largest record (topology tests). */
    public static OutputTopics assumeAll() {
        return new OutputTopics(null, Map.of());
    }

    /** Every per-tag topic counts as existing; the topics in {@code maxMessageBytes} take only that much. */
    public static OutputTopics assumeAllExisting(Map<String, Integer> maxMessageBytes) {
        return new OutputTopics(null, maxMessageBytes);
    }

    /**
     * @param routable        per-tag topics known to exist
     * @param maxMessageBytes {@code max.message.bytes} of topics that have a smaller one than Newsline writes
     */
    public static OutputTopics of(Set<String> routable, Map<String, Integer> maxMessageBytes) {
        return new OutputTopics(routable, maxMessageBytes);
    }

    /** True if routing may write to {@code topic}. */
    public boolean routable(String topic) {
        return routable == null || routable.contains(topic);
    }

    /** The largest record value {@code topic} accepts. */
    public int maxValueBytes(String topic) {
        int record = Math.min(StreamsConfigFactory.MAX_RECORD_BYTES,
                maxMessageBytes.getOrDefault(topic, StreamsConfigFactory.MAX_RECORD_BYTES));
        return OutputLimit.valueBytes(record);
    }
}
