package dev.newsline.sink.bench;

import java.util.List;

/**
 * CPU time the JVM used during a phase, beside its wall time: whether the pipeline was computing or waiting, and
 * which threads computed. With the embedded broker the process figure includes the broker. {@code outsideJavaMillis}
 * is process CPU no Java thread accounts for: the collector, the JIT compilers, RocksDB's background threads, the
 * VM's own (their groups are in {@code byThread}, in brackets, on Linux). {@code streamThreads} counts
 * the stream threads that ran during the phase.
 */
public record CpuTime(long wallMillis, long processCpuMillis, long streamThreadsCpuMillis, int streamThreads,
                      int cores, long outsideJavaMillis, List<ThreadCpu> byThread) {

    /** Cores' worth of CPU the process used on average (2.0 = both cores of a 2-core machine busy throughout). */
    public double processCores() {
        return wallMillis == 0 ? 0 : (double) processCpuMillis / wallMillis;
    }

    /** Share of the wall time each stream thread spent on CPU, on average. */
    public double streamThreadBusy() {
        return wallMillis == 0 || streamThreads == 0 ? 0 : (double) streamThreadsCpuMillis / wallMillis / streamThreads;
    }
}
