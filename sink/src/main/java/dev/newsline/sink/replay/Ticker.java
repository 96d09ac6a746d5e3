package dev.newsline.sink.replay;

import java.util.concurrent.TimeUnit;

/** Time as a replay sees it: the system's, or a fake one in tests, so that no test waits on a wall clock. */
public interface Ticker {

    /** The system clock and {@link Thread#sleep}. */
    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    };

    /** A monotonic time in nanoseconds. */
    long nanoTime();

    /** Waits {@code nanos}. */
    void sleepNanos(long nanos) throws InterruptedException;
}
