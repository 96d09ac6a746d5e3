package dev.newsline.sink.stage;

import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.errors.OutputLimit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the sink knows of the topics it writes: which per-tag topics exist (routing writes to no other), and each
 * topic's {@code max.message.bytes} where it is below what Newsline writes. Learnt before processing starts; per-tag
 * topics found later (created late, by an operator, or once allowed) are admitted while the stream runs.
 */
public final class OutputTopics {

    // Immutable snapshots, replaced whole: the stream threads read them on every record without a lock.
    private volatile Set<String> routable;
    private volatile Map<String, Integer> maxMessageBytes;

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
        Set<String> now = routable;
        return now == null || now.contains(topic);
    }

    /** Those of {@code possible} that routing may not write to yet, sorted. */
    public Set<String> unroutable(Collection<String> possible) {
        Set<String> missing = new TreeSet<>(possible);
        Set<String> now = routable;
        if (now == null) {
            missing.clear();
        } else {
            missing.removeAll(now);
        }
        return missing;
    }

    /**
     * Lets routing write to {@code topics} from now on; {@code smallLimits} gives the limits of those of them
     * that take less than Newsline writes.
     */
    public synchronized void admit(Collection<String> topics, Map<String, Integer> smallLimits) {
        if (routable == null) {
            return;
        }
        Map<String, Integer> limits = new HashMap<>(maxMessageBytes);
        limits.putAll(smallLimits);
        maxMessageBytes = Map.copyOf(limits);
        Set<String> grown = new HashSet<>(routable);
        grown.addAll(topics);
        routable = Set.copyOf(grown);
    }

    /** The largest record value {@code topic} accepts. */
    public int maxValueBytes(String topic) {
        int record = Math.min(StreamsConfigFactory.MAX_RECORD_BYTES,
                maxMessageBytes.getOrDefault(topic, StreamsConfigFactory.MAX_RECORD_BYTES));
        return OutputLimit.valueBytes(record);
    }
}
