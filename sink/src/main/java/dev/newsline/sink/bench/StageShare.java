package dev.newsline.sink.bench;

/** One stage's CPU samples and their share of all samples (0–1). */
public record StageShare(String stage, long samples, double share) {
}
