package dev.newsline.sink.replay;

import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when something sleeps (or a test advances it): no test waits on wall time. */
public final class FakeTicker implements Ticker {

    private long now;
    private final List<Long> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleepNanos(long nanos) {
        sleeps.add(nanos);
        now += nanos;
    }

    /** Moves the clock on. */
    public synchronized void advance(long nanos) {
        now += nanos;
    }

    /** Every sleep asked for, in order. */
    public synchronized List<Long> sleeps() {
        return List.copyOf(sleeps);
    }
}
