package dev.newsline.sink.bench;

import java.time.Duration;

/** What to run: articles per throughput phase, the latency phase's rate and length, the wait limit per phase. */
public record BenchOptions(int articles, double rate, int latencySeconds, Duration phaseTimeout) {

    public BenchOptions {
        if (articles < 1) {
            throw new IllegalArgumentException("--articles takes a number of articles, 1 or more, got " + articles);
        }
        if (!(rate > 0)) {
            throw new IllegalArgumentException("--rate takes articles per second above 0, got " + rate);
        }
        if (latencySeconds < 1) {
            throw new IllegalArgumentException("--latency-seconds takes 1 or more, got " + latencySeconds);
        }
    }

    /** Records sent in the latency phase. */
    public int latencyArticles() {
        return (int) Math.max(1, Math.round(rate * latencySeconds));
    }
}
