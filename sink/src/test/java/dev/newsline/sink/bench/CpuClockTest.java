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

    @Test
    void kernelThreadNamesOfTheJvmAndRocksDbFallIntoTheirGroups() {
        assertThat(NativeThreadCpu.group("GC Thread#1")).isEqualTo("GC");
        assertThat(NativeThreadCpu.group("G1 Conc#0")).isEqualTo("GC");
        assertThat(NativeThreadCpu.group("C2 CompilerThre")).isEqualTo("JIT");
        assertThat(NativeThreadCpu.group("rocksdb:low")).isEqualTo("RocksDB background");
        assertThat(NativeThreadCpu.group("data-plane-kafk")).isNull();
    }

    @Test
    void aStatLineGivesUserPlusSystemTicksEvenWhenTheNameHasSpacesAndBrackets() {
        String stat = "4242 (C2 Compiler) T) S 1 2 3 4 5 6 7 8 9 10 1500 250 0 0 20 0 1 0 100 0 0";
        assertThat(NativeThreadCpu.ticks(stat)).isEqualTo(1750);
    }
}
