package dev.newsline.ingest.feed;

import java.time.Duration;

/**
 * How long to wait before polling a feed again: the interval after a success; after {@code n} failures in a row
 * the interval times 2<sup>n</sup>, at most {@code max} (never less than the interval), so a broken feed is asked
 * less and less often but still comes back by itself.
 *
 * @param interval the normal wait between polls
 * @param max      the longest wait after failures
 */
public record Backoff(Duration interval, Duration max) {

    /** The wait after {@code failures} failures in a row (0 after a success). */
    public Duration after(int failures) {
        Duration wait = interval;
        for (int i = 0; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        Duration capped = wait.compareTo(max) > 0 ? max : wait;
        return capped.compareTo(interval) < 0 ? interval : capped;
    }
}
