package dev.newsline.sink.broker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeConsumerGroupsOptions;
import org.apache.kafka.clients.admin.DescribeTransactionsOptions;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.TransactionalIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has a fresh broker create its group and transaction coordinators' topics ({@code __consumer_offsets},
 * {@code __transaction_state}) on a background thread right after it starts. A broker creates them only when a
 * client first asks for a coordinator, and the client then backs off and asks again until they are ready: on this
 * 2-core machine that cost the first Kafka Streams instance up to 10 s before it could join its group, after the
 * models had loaded. Asked here, the wait overlaps the loading instead (docs/performance.md, "Start-up").
 */
final class CoordinatorWarmUp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CoordinatorWarmUp.class);
    private static final Duration LIMIT = Duration.ofSeconds(60);
    /** A group and a transactional id nobody uses: looking them up is what creates the coordinators' topics. */
    private static final String PROBE = "newsline-coordinator-warm-up";

    private final Admin admin;
    private final Thread thread;

    private CoordinatorWarmUp(Admin admin) {
        this.admin = admin;
        this.thread = new Thread(this::run, "newsline-broker-warm-up");
        this.thread.setDaemon(true);
    }

    /** Starts asking for both coordinators of the broker at {@code bootstrapServers}. */
    static CoordinatorWarmUp start(String bootstrapServers) {
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, PROBE));
        CoordinatorWarmUp warmUp = new CoordinatorWarmUp(admin);
        warmUp.thread.start();
        return warmUp;
    }

    private void run() {
        long t0 = System.nanoTime();
        int timeoutMs = (int) LIMIT.toMillis();
        try {
            // "not found" is the expected answer: the coordinator exists and knows no such group or id
            awaitAnswer(admin.describeConsumerGroups(List.of(PROBE),
                    new DescribeConsumerGroupsOptions().timeoutMs(timeoutMs)).all(), GroupIdNotFoundException.class);
            long groups = System.nanoTime();
            awaitAnswer(admin.describeTransactions(List.of(PROBE),
                    new DescribeTransactionsOptions().timeoutMs(timeoutMs)).all(), TransactionalIdNotFoundException.class);
            LOG.info("broker coordinators ready: groups in {} ms, transactions in {} ms",
                    (groups - t0) / 1_000_000, (System.nanoTime() - groups) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Only a head start: the first real client asks again, as it always would.
            LOG.info("broker coordinators not warmed up ({}); the first client waits for them instead", e.toString());
        }
    }

    /** Waits for {@code answer}; a failure of kind {@code notFound} is an answer too. */
    private static void awaitAnswer(KafkaFuture<?> answer, Class<? extends Exception> notFound) throws Exception {
        try {
            answer.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!notFound.isInstance(e.getCause())) {
                throw e;
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        admin.close(Duration.ofSeconds(1));
    }
}
