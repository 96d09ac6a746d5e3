package dev.newsline.sink.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the application has read everything on every topic it reads (news.raw and its own repartition
 * topics), so that the latency phase times fresh articles through an idle pipeline, not behind the backlog the
 * throughput phase left in the later sub-topologies (the desk state lags the output topics).
 */
final class PipelineDrain {

    private static final Duration POLL = Duration.ofMillis(200);

    private PipelineDrain() {
    }

    /**
     * Returns the records still unread when it stopped waiting: 0 once drained. Under exactly-once a partition's end
     * offset counts the last transaction's commit marker, which a group's committed offset may not have passed yet,
     * so up to one record per partition counts as drained.
     */
    static long await(Admin admin, String applicationId, Duration timeout) throws ExecutionException,
            InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long unread;
        do {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            unread = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                long behind = ends.get(e.getKey()).offset() - (e.getValue() == null ? 0 : e.getValue().offset());
                unread += Math.max(0, behind - 1);
            }
            if (unread == 0 && !committed.isEmpty()) {
                return 0;
            }
            Thread.sleep(POLL.toMillis());
        } while (System.nanoTime() < deadline);
        return unread;
    }
}
