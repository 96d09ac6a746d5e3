package dev.newsline.ingest.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a {@link FeedPoller} until stopped: wakes when a feed is due (at least every {@link #TICK}) and polls the
 * due feeds on a small pool of threads, so that feeds are polled side by side and a slow one delays no other.
 */
public final class FeedLoop implements AutoCloseable {

    /** The longest sleep between two looks at the schedule. */
    static final Duration TICK = Duration.ofSeconds(1);

    private final FeedPoller poller;
    private final Clock clock;
    private final ExecutorService pool;
    private volatile boolean stopped;

    /** @param threads feeds polled at the same time */
    public FeedLoop(FeedPoller poller, Clock clock, int threads) {
        this.poller = poller;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "newsline-feed-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Polls until {@link #close()} or an interrupt; {@code report} hears every outcome, from the pool's threads. */
    public void run(Consumer<PollOutcome> report) throws InterruptedException {
        while (!stopped) {
            poller.pollDue(pool, report);
            long untilDue = Duration.between(clock.instant(), poller.nextDue()).toMillis();
            long sleep = Math.max(10, Math.min(TICK.toMillis(), untilDue));
            synchronized (this) {
                if (!stopped) {
                    wait(sleep);
                }
            }
        }
    }

    /** Stops the loop; polls under way finish (each bounded by the request timeout) or are interrupted after 60 s. */
    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            stopped = true;
            notifyAll();
        }
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }
}
