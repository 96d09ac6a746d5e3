package dev.newsline.sink.app;

import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.source.RawTopic;
import dev.newsline.ingest.topology.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Creates the topics Newsline reads and writes when they are missing (partitions and replication from settings). */
public final class TopicCreator {

    /**
     * What a batch of creations left behind.
     *
     * @param existing the topics of the batch that exist now (created, or there before)
     * @param failed   the others, each with the broker's reason
     */
    public record Outcome(Set<String> existing, Map<String, String> failed) {
    }

    /** How long a topic created a moment ago may stay unknown to the broker's metadata (seen on a busy machine). */
    static final Duration METADATA_WAIT = Duration.ofSeconds(30);
    private static final Duration METADATA_POLL = Duration.ofMillis(100);

    /**
     * The settings of every output topic Newsline creates (news.enriched, news.duplicates, news.rejected and the
     * per-tag topics). Records carry the article's event time through the pipeline, so the output of a backfilled
     * article is stamped months or years back, and time-based retention deleted it at the broker's next check: a
     * per-tag partition holding only such copies lost them seconds after they were written (seen in a demo, whose
     * JSON seeds are dated 2024). With LogAppendTime the broker stamps each record when it is written, so retention
     * counts from then; the event time stays in the JSON ({@code published_at}).
     */
    public static final Map<String, String> OUTPUT_TOPIC_CONFIG = Map.of(
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(StreamsConfigFactory.MAX_RECORD_BYTES),
            TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime");

    private final Admin admin;
    private final NewslineSettings settings;

    public TopicCreator(Admin admin, NewslineSettings settings) {
        this.admin = admin;
        this.settings = settings;
    }

    /** Creates news.raw and the three accounted output topics if missing. */
    public void createPipelineTopics() throws ExecutionException, InterruptedException {
        List<String> names = new ArrayList<>();
        names.add(Topics.RAW);
        names.addAll(Topics.ACCOUNTED);
        create(names);
    }

    /**
     * Partitions of news.raw as the cluster has it (the topology sizes the dedup probe topic's batches by it;
     * news.raw may predate these settings). Metadata follows a creation by a moment, so a news.raw created just
     * now may be unknown for up to {@link #METADATA_WAIT}; any other failure is thrown at once.
     */
    public int rawPartitions() throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + METADATA_WAIT.toNanos();
        while (true) {
            try {
                return admin.describeTopics(List.of(Topics.RAW)).allTopicNames().get().get(Topics.RAW).partitions()
                        .size();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() >= deadline) {
                    throw e;
                }
            }
            Thread.sleep(METADATA_POLL.toMillis());
        }
    }

    /** Creates {@code names} if missing; an existing topic is left as it is. */
    public void create(Collection<String> names) throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = names.stream()
                .filter(n -> !existing.contains(n))
                .map(this::newTopic)
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e; // someone else creating the same topic at the same time is fine
            }
        }
    }

    /**
     * Creates the missing ones of {@code names} in one request and waits at most {@code timeout}; a topic the
     * broker refuses (no ACL, a replication factor above the broker count) or does not confirm in time is reported
     * in the outcome, never thrown.
     */
    public Outcome createMissing(Collection<String> names, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> existing = new TreeSet<>();
        Map<String, String> failed = new LinkedHashMap<>();
        try {
            existing.addAll(existing(names, timeout));
        } catch (ExecutionException | TimeoutException e) {
            names.forEach(n -> failed.put(n, "cannot list topics: " + reason(e)));
            return new Outcome(existing, failed);
        }
        List<NewTopic> missing = names.stream().filter(n -> !existing.contains(n)).map(this::newTopic).toList();
        if (missing.isEmpty()) {
            return new Outcome(existing, failed);
        }
        CreateTopicsResult result = admin.createTopics(missing,
                new CreateTopicsOptions().timeoutMs((int) Math.max(1, timeout.toMillis())));
        for (Map.Entry<String, KafkaFuture<Void>> e : result.values().entrySet()) {
            try {
                e.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                existing.add(e.getKey());
            } catch (ExecutionException ex) {
                if (ex.getCause() instanceof TopicExistsException) {
                    existing.add(e.getKey());
                } else {
                    failed.put(e.getKey(), reason(ex));
                }
            } catch (TimeoutException ex) {
                failed.put(e.getKey(), "not confirmed within " + timeout.toSeconds() + " s");
            }
        }
        return new Outcome(existing, failed);
    }

    /** Those of {@code names} that exist, in one request that waits at most {@code timeout}. */
    public Set<String> existing(Collection<String> names, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> all = admin.listTopics(new ListTopicsOptions().timeoutMs((int) timeout.toMillis()))
                .names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Set<String> found = new TreeSet<>(names);
        found.retainAll(all);
        return found;
    }

    /**
     * Those of {@code topics} this client may write to, asked in one request (repeated for the topics the broker
     * does not know yet: metadata follows a creation by a moment) that waits at most {@code timeout} in all: a
     * send refused for want of an ACL would abort the transaction and stop the instance, so routing must know
     * first. A broker that does not say (no authorizer, an old version, no answer in time) counts as allowing it;
     * a topic this client may not even describe does not.
     */
    public Set<String> writable(Collection<String> topics, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        DescribeTopicsOptions options = new DescribeTopicsOptions().includeAuthorizedOperations(true)
                .timeoutMs((int) Math.max(1, timeout.toMillis()));
        Set<String> writable = new TreeSet<>();
        Set<String> pending = new TreeSet<>(topics);
        while (!pending.isEmpty()) {
            Set<String> unknown = new TreeSet<>();
            for (Map.Entry<String, KafkaFuture<TopicDescription>> e
                    : admin.describeTopics(pending, options).topicNameValues().entrySet()) {
                try {
                    Set<AclOperation> allowed = e.getValue().get(Math.max(0, deadline - System.nanoTime()),
                            TimeUnit.NANOSECONDS).authorizedOperations();
                    if (allowed == null || allowed.contains(AclOperation.WRITE) || allowed.contains(AclOperation.ALL)) {
                        writable.add(e.getKey());
                    }
                } catch (ExecutionException ex) {
                    if (ex.getCause() instanceof UnknownTopicOrPartitionException) {
                        unknown.add(e.getKey());
                    }
                } catch (TimeoutException ex) {
                    unknown.add(e.getKey());
                }
            }
            if (unknown.isEmpty() || System.nanoTime() >= deadline) {
                writable.addAll(unknown);
                break;
            }
            pending = unknown;
            Thread.sleep(200);
        }
        return writable;
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private NewTopic newTopic(String name) {
        if (Topics.RAW.equals(name)) {
            return RawTopic.definition(settings); // the same news.raw as `produce` creates
        }
        Optional<Short> replication = settings.replicationFactor() > 0
                ? Optional.of(settings.replicationFactor()) : Optional.empty();
        return new NewTopic(name, Optional.of(settings.partitions()), replication).configs(OUTPUT_TOPIC_CONFIG);
    }
}
