package dev.newsline.sink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuClockTest {

    @Test
    void threadsOfOneRoleFoldToOneName() {
        assertThat(CpuClock.fold("newsline-3f2a9c1e-7b4d-4e2a-9f00-1234567890ab-StreamThread-2"))
                .isEqualTo("newsline-<id>-StreamThread-#");
        assertThat(CpuClock.fold("data-plane-kafka-request-handler-7")).isEqualTo("data-plane-kafka-request-handler-#");
        assertThat(CpuClock.fold("kafka-producer-network-thread | producer-12"))
                .isEqualTo("kafka-producer-network-thread | producer-#");
    }

    @Test
    void aPhaseThatComputesShowsItsCpu() {
        CpuClock clock = new CpuClock();
        long x = 0;
        for (int i = 0; i < 50_000_000; i++) {
            x += Long.rotateLeft(x ^ i, 7);
        }
        CpuTime time = clock.stop();
        assertThat(x).isNotZero();
        assertThat(time.processCpuMillis()).isPositive();
        assertThat(time.byThread()).isNotEmpty();
        assertThat(time.byThread().stream().mapToLong(ThreadCpu::cpuMillis).sum())
                .isLessThanOrEqualTo(time.processCpuMillis() + 50);
    }
}
