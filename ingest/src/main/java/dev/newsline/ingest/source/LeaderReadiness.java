package dev.newsline.ingest.source;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Waits until every partition of topics created a moment ago answers as leader. The broker's metadata names the
 * leader before the leader takes writes; an idempotent producer that sends at once gets its first batch refused
 * (NOT_LEADER_OR_FOLLOWER) while a later in-flight batch is taken, and then retries the first one for ever as
 * out of order, until its records expire (seen with the embedded broker on a busy machine). A ListOffsets that
 * succeeds on every partition proves the leaders are in place.
 */
public final class LeaderReadiness {

    private LeaderReadiness() {
    }

    /**
     * Returns once a ListOffsets on every partition of {@code topics} succeeds, or when {@code timeout} has passed
     * (then the producer's own retries take over).
     */
    public static void await(Admin admin, Collection<String> topics, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (TopicDescription d : admin.describeTopics(topics).allTopicNames().get().values()) {
                    d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
                }
                admin.listOffsets(latest).all().get();
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException)) {
                    return; // not a matter of waiting (e.g. not authorized to describe): let the producer say
                }
            }
            Thread.sleep(50);
        }
    }
}
