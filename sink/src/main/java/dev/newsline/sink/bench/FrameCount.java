package dev.newsline.sink.bench;

/** A top-of-stack method and how many CPU samples it was on top in. */
public record FrameCount(String frame, long samples) {
}
