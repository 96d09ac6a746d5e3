package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * The broker stopped and started again on the same log directory and address while records are flowing:
 * the application's clients reconnect on their own, open transactions are decided, and nothing is lost or
 * written twice.
 */
class BrokerRestartIT {

    private static final int RECORDS = 120;
    private static final int FIRST_PART = 40;

    @Test
    void givenAPipelineProcessing_whenTheBrokerRestartsMidStream_thenEveryRecordIsOnExactlyOneOutput() throws Exception {
        List<byte[]> stream = FaultStream.records("broker", RECORDS);
        try (RunningPipeline pipeline = RunningPipeline.start(3, 1, new Properties());
             PacedSender sender = new PacedSender(pipeline.bootstrapServers())) {
            ConservationWatch watch = new ConservationWatch(pipeline.bootstrapServers());

            // Given a pipeline processing the first part of a stream
            sender.start(stream.subList(0, FIRST_PART), Duration.ofMillis(5));
            watch.awaitAccounted(FIRST_PART / 2, Duration.ofSeconds(90));

            // When the broker stops for 3 s and starts again on its log directory while the rest is being sent
            sender.start(stream.subList(FIRST_PART, RECORDS), Duration.ofMillis(15));
            sender.awaitSent(FIRST_PART + 15, Duration.ofSeconds(60));
            int sentAtStop = sender.sent();
            pipeline.restartBroker(Duration.ofSeconds(3));
            System.out.printf("BrokerRestartIT: broker restarted with %d of %d records sent, %d output records "
                    + "committed%n", sentAtStop, RECORDS, watch.accounted());
            assertThat(sentAtStop).as("records still flowing at the stop").isLessThan(RECORDS);

            // Then the instance is still up, every record is on exactly one output, and an article sent
            // afterwards is processed
            assertThat(pipeline.instance(0).streams().state()).isIn(KafkaStreams.State.RUNNING,
                    KafkaStreams.State.REBALANCING);
            watch.assertRecovered(sender, RECORDS, "broker-after", "BrokerRestartIT: audit after a broker restart mid-stream");
        }
    }
}
