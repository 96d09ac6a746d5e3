package dev.newsline.ingest.source;

import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.topology.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * news.raw as the producers expect it: created when missing, with partitions and replication from
 * {@code newsline.topic.*} and a {@code max.message.bytes} that takes the largest article
 * {@code newsline.max.article.bytes} may ever allow, so raising that setting needs no topic change.
 */
public final class RawTopic {

    /** {@link StreamsConfigFactory#MAX_RAW_BYTES} plus room for headers and the batch framing. */
    public static final int MAX_MESSAGE_BYTES = StreamsConfigFactory.MAX_RAW_BYTES + 64 * 1024;
    /** Longest wait for the new topic's leaders before the first send ({@link LeaderReadiness}). */
    private static final Duration LEADER_WAIT = Duration.ofSeconds(30);

    /**
     * What the producer found.
     *
     * @param created         true if it created news.raw just now
     * @param maxMessageBytes the topic's {@code max.message.bytes}; empty when the principal may not read it
     */
    public record Status(boolean created, OptionalInt maxMessageBytes) {
    }

    private RawTopic() {
    }

    /** The topic to create, from the settings. */
    public static NewTopic definition(NewslineSettings settings) {
        Optional<Short> replication = settings.replicationFactor() > 0
                ? Optional.of(settings.replicationFactor()) : Optional.empty();
        return new NewTopic(Topics.RAW, Optional.of(settings.partitions()), replication)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES)));
    }

    /**
     * Creates news.raw if it is missing, then reads its {@code max.message.bytes}.
     *
     * @throws TopicAuthorizationException naming news.raw when the principal may not create it
     */
    public static Status ensure(Admin admin, NewslineSettings settings) throws ExecutionException, InterruptedException {
        boolean created = false;
        if (!admin.listTopics().names().get().contains(Topics.RAW)) {
            try {
                admin.createTopics(List.of(definition(settings))).all().get();
                created = true;
                LeaderReadiness.await(admin, List.of(Topics.RAW), LEADER_WAIT);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicAuthorizationException) {
                    throw new TopicAuthorizationException("not allowed to create " + Topics.RAW
                            + ": create it beforehand, or grant the principal CREATE on it", Set.of(Topics.RAW));
                }
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e; // another producer creating it at the same moment is fine
                }
            }
        }
        // A topic created a moment ago may not be described yet (metadata lag); we know what we created.
        return created ? new Status(true, OptionalInt.of(MAX_MESSAGE_BYTES)) : new Status(false, maxMessageBytes(admin));
    }

    private static OptionalInt maxMessageBytes(Admin admin) throws ExecutionException, InterruptedException {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RAW);
        try {
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            ConfigEntry entry = config == null ? null : config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            return entry == null || entry.value() == null ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(entry.value()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthorizationException || e.getCause() instanceof UnknownTopicOrPartitionException) {
                return OptionalInt.empty(); // may write but not describe: the broker still enforces the limit
            }
            throw e;
        }
    }
}
