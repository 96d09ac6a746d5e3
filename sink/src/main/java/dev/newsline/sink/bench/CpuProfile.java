package dev.newsline.sink.bench;

import java.util.List;

/**
 * CPU samples of a phase by stage (every stage listed, in {@link Stage} order), the hottest top frames, and the CPU
 * clocks of the phase.
 */
public record CpuProfile(long samples, List<StageShare> stages, List<FrameCount> topFrames, CpuTime time) {
}
