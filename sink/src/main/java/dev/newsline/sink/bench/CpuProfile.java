package dev.newsline.sink.bench;

import java.util.List;

/** CPU samples of a phase by stage (every stage listed, in {@link Stage} order) and the hottest top frames. */
public record CpuProfile(long samples, List<StageShare> stages, List<FrameCount> topFrames) {
}
