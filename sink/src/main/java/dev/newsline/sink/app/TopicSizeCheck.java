package dev.newsline.sink.app;

import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.topology.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, finds the output topics that accept smaller records than Newsline writes (a topic created before, with
 * the broker's default {@code max.message.bytes} of 1 MB) and reports each with the command that fixes it. Records
 * too large for such a topic are then rejected as OUTPUT_TOO_LARGE (per-tag copies skipped) instead of failing.
 */
final class TopicSizeCheck {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSizeCheck.class);
    private static final String MAX_MESSAGE_BYTES = "max.message.bytes";

    private TopicSizeCheck() {
    }

    /** {@code max.message.bytes} of those {@code topics} that take less than Newsline writes; each one logged. */
    static Map<String, Integer> smallTopics(Admin admin, String bootstrapServers, Collection<String> topics,
                                            Duration timeout) throws InterruptedException {
        Map<String, Integer> small = new TreeMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<ConfigResource, KafkaFuture<Config>> configs = admin.describeConfigs(topics.stream()
                        .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList(),
                new DescribeConfigsOptions().timeoutMs((int) timeout.toMillis())).values();
        Throwable unread = null;
        for (Map.Entry<ConfigResource, KafkaFuture<Config>> e : configs.entrySet()) {
            try {
                ConfigEntry entry = e.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                        .get(MAX_MESSAGE_BYTES);
                if (entry != null && entry.value() != null
                        && Integer.parseInt(entry.value()) < StreamsConfigFactory.MAX_RECORD_BYTES) {
                    small.put(e.getKey().name(), Integer.parseInt(entry.value()));
                }
            } catch (ExecutionException ex) {
                // A topic created a moment ago may not be known yet: it has the limit it was created with.
                if (!(ex.getCause() instanceof UnknownTopicOrPartitionException)) {
                    unread = ex.getCause();
                }
            } catch (TimeoutException ex) {
                unread = ex;
            }
        }
        if (unread != null) {
            LOG.warn("cannot read every output topic's max.message.bytes ({}); a record too large for one of those "
                    + "would stop the instance", String.valueOf(unread));
        }
        small.forEach((topic, bytes) -> LOG.warn("{} accepts records of at most {} bytes, less than the {} Newsline may "
                + "write: {}. Fix: kafka-configs.sh --bootstrap-server {} --alter --entity-type topics --entity-name {} "
                + "--add-config {}={}", topic, bytes, StreamsConfigFactory.MAX_RECORD_BYTES, consequence(topic),
                bootstrapServers, topic, MAX_MESSAGE_BYTES, StreamsConfigFactory.MAX_RECORD_BYTES));
        return small;
    }

    private static String consequence(String topic) {
        if (Topics.REJECTED.equals(topic)) {
            return "a larger rejection is refused by the broker, which aborts the transaction and stops the instance";
        }
        return Topics.isRoutedTopic(topic) ? "larger articles get no copy there"
                : "larger records are rejected as OUTPUT_TOO_LARGE";
    }
}
