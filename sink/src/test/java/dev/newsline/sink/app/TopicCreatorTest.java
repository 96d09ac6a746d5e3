package dev.newsline.sink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.topology.Topics;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsResult;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.internals.KafkaFutureImpl;
import org.junit.jupiter.api.Test;

/** How TopicCreator reads news.raw's partitions while the broker's metadata catches up with a creation. */
class TopicCreatorTest {

    @Test
    void aNewsRawTheMetadataDoesNotKnowYetIsAskedForAgain() throws Exception {
        // Given a broker that answers "unknown topic" twice, as right after news.raw was created, then 3 partitions
        AtomicInteger asked = new AtomicInteger();
        Admin admin = describing(() -> asked.incrementAndGet() <= 2
                ? failed(new UnknownTopicOrPartitionException("This server does not host this topic-partition."))
                : KafkaFuture.completedFuture(rawWith(3)));
        // When the partitions are read, then they are those of the third answer
        assertThat(new TopicCreator(admin, settings()).rawPartitions()).isEqualTo(3);
        assertThat(asked).hasValue(3);
    }

    @Test
    void anyOtherFailureIsThrownAtOnce() {
        // Given a broker that refuses to describe news.raw
        AtomicInteger asked = new AtomicInteger();
        Admin admin = describing(() -> {
            asked.incrementAndGet();
            return failed(new TopicAuthorizationException("not authorized"));
        });
        // When the partitions are read, then the refusal is thrown after one request
        assertThatThrownBy(() -> new TopicCreator(admin, settings()).rawPartitions())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThat(asked).hasValue(1);
    }

    private interface Answer {
        KafkaFuture<TopicDescription> next();
    }

    /** An Admin whose every describeTopics gets {@code answer}'s next future for news.raw; nothing else is called. */
    private static Admin describing(Answer answer) {
        return (Admin) Proxy.newProxyInstance(Admin.class.getClassLoader(), new Class<?>[] {Admin.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("describeTopics")) {
                        return new DescribeTopicsResult(null, Map.of(Topics.RAW, answer.next())) { };
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static KafkaFuture<TopicDescription> failed(Exception e) {
        KafkaFutureImpl<TopicDescription> future = new KafkaFutureImpl<>();
        future.completeExceptionally(e);
        return future;
    }

    private static TopicDescription rawWith(int partitions) {
        List<TopicPartitionInfo> infos = new java.util.ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            infos.add(new TopicPartitionInfo(p, null, List.of(), List.of()));
        }
        return new TopicDescription(Topics.RAW, false, infos);
    }

    private static NewslineSettings settings() {
        return NewslineSettings.from(new Properties());
    }
}
