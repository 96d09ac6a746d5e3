package dev.newsline.sink.bench;

/**
 * Everything one bench run measured. {@code ratio} is pipeline articles/s over pass-through articles/s;
 * {@code firstOutputMillis} runs from before the models load to the first output record's append time (fresh topics);
 * {@code restart} is the same start on topics that exist.
 */
public record BenchReport(String broker, int partitions, String streamThreads, InputMix input,
                          ThroughputResult passThrough, ThroughputResult pipeline, double ratio,
                          long modelLoadMillis, long firstOutputMillis, LatencyResult latency, RestartResult restart,
                          MemoryPeak memory, CpuProfile cpu) {
}
