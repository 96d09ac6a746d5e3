package dev.newsline.sink.bench;

/**
 * Everything one bench run measured. {@code ratio} is pipeline articles/s over pass-through articles/s;
 * {@code firstOutputMillis} runs from before the models load to the first output record's append time.
 */
public record BenchReport(String broker, int partitions, String streamThreads, InputMix input,
                          ThroughputResult passThrough, ThroughputResult pipeline, double ratio,
                          long modelLoadMillis, long firstOutputMillis, LatencyResult latency,
                          MemoryPeak memory, CpuProfile cpu) {
}
