package dev.newsline.sink.count;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The two window sizes counts are kept in, each in its own store. A store keeps its windows for the longer of what
 * the API serves by default (2 days of hours, 35 days of days) and the window plus the grace period.
 */
public enum CountWindow {
    HOUR("1h", Duration.ofHours(1), Duration.ofDays(2), "sink-count-profiles-1h"),
    DAY("1d", Duration.ofDays(1), Duration.ofDays(35), "sink-count-profiles-1d");

    private final String apiName;
    private final Duration size;
    private final Duration minRetention;
    private final String storeName;

    CountWindow(String apiName, Duration size, Duration minRetention, String storeName) {
        this.apiName = apiName;
        this.size = size;
        this.minRetention = minRetention;
        this.storeName = storeName;
    }

    /** The name used in the API ({@code window=1h}). */
    public String apiName() {
        return apiName;
    }

    public Duration size() {
        return size;
    }

    public String storeName() {
        return storeName;
    }

    /** How long the store keeps a window. */
    public Duration retention(Duration grace) {
        Duration needed = size.plus(grace);
        return needed.compareTo(minRetention) > 0 ? needed : minRetention;
    }

    /** The start of the window that holds {@code time}. */
    public Instant startOf(Instant time) {
        long ms = size.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), ms) * ms);
    }

    /** The window named {@code name} in the API. */
    public static Optional<CountWindow> fromApiName(String name) {
        for (CountWindow w : values()) {
            if (w.apiName.equals(name)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
