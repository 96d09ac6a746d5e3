package dev.newsline.sink.app;

import java.util.ArrayList;
import java.util.List;

/** Wall time of each step of an instance's start, for one log line (docs/performance.md, "Start-up"). */
final class StartClock {

    private final long started = System.nanoTime();
    private final List<String> laps = new ArrayList<>();
    private long last = started;

    /** Ends the step called {@code step}. */
    void lap(String step) {
        long now = System.nanoTime();
        laps.add(step + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }

    @Override
    public String toString() {
        return (last - started) / 1_000_000 + " ms (" + String.join(", ", laps) + ")";
    }
}
