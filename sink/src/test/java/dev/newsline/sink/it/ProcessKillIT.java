package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.sink.cli.NewslineCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code newsline run}, running in its own JVM, while records are flowing; then an instance
 * started again on the same state directory. Exactly-once must hold across the crash: the killed instance's
 * open transaction is aborted, and the records it had not committed are processed again, once.
 */
class ProcessKillIT {

    private static final int RECORDS = 120;
    private static final int FIRST_PART = 40;
    /** A JVM's exit code when SIGKILL ended it (128 + 9). */
    private static final int KILLED = 137;

    @Test
    void givenRunInItsOwnJvm_whenItIsKilledMidStreamAndRestarted_thenEveryRecordIsOnExactlyOneOutput(@TempDir Path dir)
            throws Exception {
        List<byte[]> stream = FaultStream.records("kill", RECORDS);
        String stateDir = dir.resolve("state").toString();
        Properties settings = new Properties();
        // The killed member says no goodbye: the group waits one session for it before it rebalances.
        settings.put("session.timeout.ms", "6000");
        settings.put("heartbeat.interval.ms", "1500");
        try (RunningPipeline pipeline = RunningPipeline.start(3, 0, settings);
             PacedSender sender = new PacedSender(pipeline.bootstrapServers())) {
            ConservationWatch watch = new ConservationWatch(pipeline.bootstrapServers());
            Path log = dir.resolve("run.log");

            // Given `newsline run` in its own JVM, processing the first part of the stream
            Process run = launchRun(pipeline, stateDir, log);
            try {
                awaitRunning(run, log);
                sender.start(stream.subList(0, FIRST_PART), Duration.ofMillis(5));
                watch.awaitAccounted(FIRST_PART / 2, Duration.ofSeconds(90));

                // When it is killed with SIGKILL while the rest of the stream is being sent
                sender.start(stream.subList(FIRST_PART, RECORDS), Duration.ofMillis(15));
                sender.awaitSent(FIRST_PART + 15, Duration.ofSeconds(60));
                run.destroyForcibly();
                int sentAtKill = sender.sent();
                assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
                System.out.printf("ProcessKillIT: killed with %d of %d records sent, %d output records committed%n",
                        sentAtKill, RECORDS, watch.accounted());
                assertThat(run.exitValue()).as("killed by SIGKILL").isEqualTo(KILLED);
                assertThat(sentAtKill).as("records still flowing at the kill").isLessThan(RECORDS);
            } finally {
                if (run.isAlive()) {
                    run.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }

            // And an instance is started again on the killed one's state directory
            pipeline.startInstance(stateDir);

            // Then every record is on exactly one output, and an article sent afterwards is processed
            watch.assertRecovered(sender, RECORDS, "kill-after", "ProcessKillIT: audit after kill -9 and restart");
        }
    }

    /** {@code newsline run} in a new JVM on this test's class path with the pipeline's settings, output to {@code log}. */
    private static Process launchRun(RunningPipeline pipeline, String stateDir, Path log) throws Exception {
        // C1 only and one GC thread: the child starts sooner and leaves the two cores CI has to the broker.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), NewslineCommand.class.getName(), "run", "--bootstrap-server", pipeline.bootstrapServers(), "--set", "state.dir=" + stateDir));
        Properties settings = pipeline.settings();
        for (String key : settings.stringPropertyNames()) {
            command.add("--set");
            command.add(key + "=" + settings.getProperty(key));
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits for run's "running" line (the instance reached RUNNING); fails with the log if the process ends. */
    private static void awaitRunning(Process process, Path log) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (!Files.readString(log).contains("newsline running against")) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("newsline run did not start (" + (process.isAlive() ? "still starting"
                        : "exit " + process.exitValue()) + "):\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }
}
