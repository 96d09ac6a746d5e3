package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.sink.app.NewslineApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.junit.jupiter.api.Test;

/**
 * A rolling replacement with records in flight: a second instance joins, and while the group rebalances for
 * it the first one leaves, so tasks (and their dedup state) move twice in a few seconds.
 */
class JoinWhileLeavingIT {

    private static final int RECORDS = 120;
    private static final int FIRST_PART = 40;

    @Test
    void givenOneInstanceProcessing_whenASecondJoinsWhileTheFirstLeaves_thenEveryRecordIsOnExactlyOneOutput()
            throws Exception {
        List<byte[]> stream = FaultStream.records("swap", RECORDS);
        ExecutorService joiner = Executors.newSingleThreadExecutor();
        try (RunningPipeline pipeline = RunningPipeline.start(4, 1, new Properties());
             PacedSender sender = new PacedSender(pipeline.bootstrapServers())) {
            ConservationWatch watch = new ConservationWatch(pipeline.bootstrapServers());
            NewslineApplication leaving = pipeline.instance(0);

            // Given one instance processing the first part of a stream
            sender.start(stream.subList(0, FIRST_PART), Duration.ofMillis(5));
            watch.awaitAccounted(FIRST_PART / 2, Duration.ofSeconds(90));

            // When, while the rest is being sent, a second instance joins and the first leaves as soon as the
            // group rebalances for the newcomer
            sender.start(stream.subList(FIRST_PART, RECORDS), Duration.ofMillis(15));
            sender.awaitSent(FIRST_PART + 15, Duration.ofSeconds(60));
            Future<Integer> joined = joiner.submit(() -> pipeline.startInstance());
            boolean leftDuringRebalance = awaitNewcomerInGroup(pipeline.bootstrapServers(), joined);
            int sentAtLeave = sender.sent();
            leaving.close();
            joined.get(120, TimeUnit.SECONDS);
            System.out.printf("JoinWhileLeavingIT: the first instance left with %d of %d records sent, %d output "
                    + "records committed%n", sentAtLeave, RECORDS, watch.accounted());
            assertThat(leftDuringRebalance).as("the first instance left while the group rebalanced for the second")
                    .isTrue();
            assertThat(sentAtLeave).as("records still flowing at the leave").isLessThan(RECORDS);

            // Then every record is on exactly one output, and an article sent afterwards is processed by the
            // newcomer
            watch.assertRecovered(sender, RECORDS, "swap-after",
                    "JoinWhileLeavingIT: audit after an instance joined while another left");
        } finally {
            joiner.shutdownNow();
        }
    }

    /**
     * Waits until the group coordinator sees the newcomer (a second member, or a rebalance under way); false
     * if the newcomer was already running before that could be seen.
     */
    private static boolean awaitNewcomerInGroup(String bootstrap, Future<Integer> joined) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, new Properties()))) {
            while (!joined.isDone() && Instant.now().isBefore(deadline)) {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(StreamsConfigFactory.APPLICATION_ID))
                        .all().get().get(StreamsConfigFactory.APPLICATION_ID);
                if (group.members().size() > 1 || group.groupState() == GroupState.PREPARING_REBALANCE
                        || group.groupState() == GroupState.COMPLETING_REBALANCE) {
                    return true;
                }
                Thread.sleep(10);
            }
            return false;
        }
    }
}
