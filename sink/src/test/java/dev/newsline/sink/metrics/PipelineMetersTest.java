package dev.newsline.sink.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PipelineMetersTest {

    @Test
    void metersKeptPerTagStillReachRegistriesAttachedLater() {
        SimpleMeterRegistry early = new SimpleMeterRegistry();
        SimpleMeterRegistry late = new SimpleMeterRegistry();
        Metrics.globalRegistry.add(early);
        try {
            PipelineMeters.recordIn("pm-test.raw", 3);
            PipelineMeters.stageTime("pm-test-stage", 2_000_000);
            Metrics.globalRegistry.add(late);
            PipelineMeters.recordIn("pm-test.raw", 4);
            PipelineMeters.recordIn("pm-test.other", 1);
            PipelineMeters.stageTime("pm-test-stage", 1_000_000);

            assertThat(early.get("newsline.records.in").tag("topic", "pm-test.raw").counter().count()).isEqualTo(7);
            assertThat(late.get("newsline.records.in").tag("topic", "pm-test.raw").counter().count()).isEqualTo(4);
            assertThat(late.get("newsline.records.in").tag("topic", "pm-test.other").counter().count()).isEqualTo(1);
            assertThat(early.get("newsline.stage.processing").tag("stage", "pm-test-stage").timer()
                    .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(3.0);
            assertThat(late.get("newsline.stage.processing").tag("stage", "pm-test-stage").timer().count())
                    .isEqualTo(1);
        } finally {
            Metrics.globalRegistry.remove(early);
            Metrics.globalRegistry.remove(late);
        }
    }
}
