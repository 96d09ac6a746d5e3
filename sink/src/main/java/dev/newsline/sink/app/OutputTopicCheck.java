package dev.newsline.sink.app;

import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.topology.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, finds the output topics whose settings would cost records, and reports each kind once with the command
 * that fixes it: a {@code max.message.bytes} smaller than Newsline writes (a topic created before, with the broker's
 * 1 MB default), whose too large records are then rejected as OUTPUT_TOO_LARGE (per-tag copies skipped) instead of
 * failing; and create-time stamps under a time retention (a topic an operator or an earlier version created), which
 * keep each record's event time, so that the broker deletes a backfilled article's outputs at its next check.
 */
public final class OutputTopicCheck {

    /**
     * What the check found.
     *
     * @param small                the topics that take less than Newsline writes, with their {@code max.message.bytes}
     * @param stampedWithEventTime the topics stamped by create time under a time retention
     */
    public record Findings(Map<String, Integer> small, Set<String> stampedWithEventTime) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(OutputTopicCheck.class);
    /** How many topics a warning names before it only counts them. */
    private static final int NAMED = 3;

    private OutputTopicCheck() {
    }

    /** Reads the settings of {@code topics} and logs what would cost records. */
    public static Findings check(Admin admin, String bootstrapServers, Collection<String> topics, Duration timeout)
            throws InterruptedException {
        Map<String, Integer> small = new TreeMap<>();
        Set<String> stamped = new TreeSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<ConfigResource, KafkaFuture<Config>> configs = admin.describeConfigs(topics.stream()
                        .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList(),
                new DescribeConfigsOptions().timeoutMs((int) timeout.toMillis())).values();
        Throwable unread = null;
        for (Map.Entry<ConfigResource, KafkaFuture<Config>> e : configs.entrySet()) {
            try {
                Config config = e.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                String topic = e.getKey().name();
                String maxBytes = value(config, TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
                if (maxBytes != null && Integer.parseInt(maxBytes) < StreamsConfigFactory.MAX_RECORD_BYTES) {
                    small.put(topic, Integer.parseInt(maxBytes));
                }
                String retention = value(config, TopicConfig.RETENTION_MS_CONFIG);
                if ("CreateTime".equals(value(config, TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG))
                        && retention != null && Long.parseLong(retention) >= 0) {
                    stamped.add(topic);
                }
            } catch (ExecutionException ex) {
                // A topic created a moment ago may not be known yet: it has the settings it was created with.
                if (!(ex.getCause() instanceof UnknownTopicOrPartitionException)) {
                    unread = ex.getCause();
                }
            } catch (TimeoutException ex) {
                unread = ex;
            }
        }
        if (unread != null) {
            LOG.warn("cannot read every output topic's settings ({}); a record too large for one of those would stop "
                    + "the instance", String.valueOf(unread));
        }
        small.forEach((topic, bytes) -> LOG.warn("{} accepts records of at most {} bytes, less than the {} Newsline may "
                + "write: {}. Fix: kafka-configs.sh --bootstrap-server {} --alter --entity-type topics --entity-name {} "
                + "--add-config {}={}", topic, bytes, StreamsConfigFactory.MAX_RECORD_BYTES, consequence(topic),
                bootstrapServers, topic, TopicConfig.MAX_MESSAGE_BYTES_CONFIG, StreamsConfigFactory.MAX_RECORD_BYTES));
        if (!stamped.isEmpty()) {
            LOG.warn("{} output {} ({}) stamp records with the article's time (message.timestamp.type=CreateTime) "
                    + "under a time retention: the broker deletes a backfilled article's records there at its next "
                    + "retention check. Fix, for each: kafka-configs.sh --bootstrap-server {} --alter --entity-type "
                    + "topics --entity-name TOPIC --add-config message.timestamp.type=LogAppendTime (docs/operations.md, "
                    + "\"Timestamps\")", stamped.size(), stamped.size() == 1 ? "topic" : "topics", named(stamped),
                    bootstrapServers);
        }
        return new Findings(small, stamped);
    }

    private static String value(Config config, String name) {
        ConfigEntry entry = config.get(name);
        return entry == null ? null : entry.value();
    }

    private static String named(Set<String> topics) {
        String first = String.join(", ", topics.stream().limit(NAMED).toList());
        return topics.size() > NAMED ? first + ", …" : first;
    }

    private static String consequence(String topic) {
        if (Topics.REJECTED.equals(topic)) {
            return "a larger rejection is refused by the broker, which aborts the transaction and stops the instance";
        }
        return Topics.isRoutedTopic(topic) ? "larger articles get no copy there"
                : "larger records are rejected as OUTPUT_TOO_LARGE";
    }
}
