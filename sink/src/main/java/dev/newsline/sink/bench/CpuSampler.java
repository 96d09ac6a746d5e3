package dev.newsline.sink.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/** A JFR recording of execution samples (every 10 ms per running thread) read back into a {@link CpuProfile}. */
final class CpuSampler implements AutoCloseable {

    private static final int TOP_FRAMES = 15;
    private static final int STACK_DEPTH = 64;

    private final Recording recording = new Recording();
    private final CpuClock clock;

    CpuSampler() {
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10)).withStackTrace();
        recording.setToDisk(true);
        recording.start();
        clock = new CpuClock();
    }

    /**
     * Starts and stops one recording. The JVM's first JFR recording instruments the JDK's own event classes, which
     * throws away thousands of compiled methods at once (10,118 in 20 s of a 4,000-article run, with
     * {@code -XX:+PrintCompilation}); done before any clock runs, the phases do not pay for that recompilation.
     */
    static void initialize() {
        try (Recording first = new Recording()) {
            first.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            first.start();
            first.stop();
        }
    }

    /** Stops the recording and attributes each sample to a stage. */
    CpuProfile stop() throws IOException {
        CpuTime time = clock.stop();
        recording.stop();
        Path file = Files.createTempFile("newsline-bench-", ".jfr");
        try {
            recording.dump(file);
            Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
            Map<String, Long> tops = new HashMap<>();
            long total = 0;
            try (RecordingFile events = new RecordingFile(file)) {
              while (events.hasMoreEvents()) {
                RecordedEvent event = events.readEvent();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                List<String> classes = new ArrayList<>(Math.min(frames.size(), STACK_DEPTH));
                for (RecordedFrame f : frames) {
                    classes.add(f.getMethod().getType().getName());
                }
                byStage.merge(StageAttribution.of(classes), 1L, Long::sum);
                RecordedFrame top = frames.get(0);
                tops.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1L, Long::sum);
                total++;
              }
            }
            List<StageShare> stages = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                long n = byStage.getOrDefault(stage, 0L);
                stages.add(new StageShare(stage.label(), n, total == 0 ? 0 : (double) n / total));
            }
            List<FrameCount> topFrames = tops.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(TOP_FRAMES)
                    .map(e -> new FrameCount(e.getKey(), e.getValue()))
                    .toList();
            return new CpuProfile(total, stages, topFrames, time);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void close() {
        recording.close();
    }
}
