package dev.newsline.ingest.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a {@link FeedPoller} until stopped: wakes when a feed is due (at least every {@link #TICK}) and polls the
 * due feeds on a small pool of threads, so that feeds are polled side by side and a slow one delays no other. A
 * failure no later poll can mend (Kafka refusing the credentials or the ACLs) stops the loop and is thrown by
 * {@link #run}.
 */
public final class FeedLoop implements AutoCloseable {

    /** The longest sleep between two looks at the schedule. */
    static final Duration TICK = Duration.ofSeconds(1);

    private final FeedPoller poller;
    private final Clock clock;
    private final ExecutorService pool;
    private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();
    private final Executor guarded;
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
        this.guarded = task -> {
            try {
                pool.execute(() -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        fatal.compareAndSet(null, e);
                        stop();
                    }
                });
            } catch (RejectedExecutionException e) {
                // stopping: the feed is polled at the next start
            }
        };
    }

    /**
     * Polls until {@link #close()} or an interrupt; {@code report} hears every outcome, from the pool's threads.
     *
     * @throws RuntimeException the failure that stopped the loop, if one did
     */
    public void run(Consumer<PollOutcome> report) throws InterruptedException {
        while (!stopped) {
            poller.pollDue(guarded, report);
            long untilDue = Duration.between(clock.instant(), poller.nextDue()).toMillis();
            long sleep = Math.max(10, Math.min(TICK.toMillis(), untilDue));
            synchronized (this) {
                if (!stopped) {
                    wait(sleep);
                }
            }
        }
        throwFatal();
    }

    /** Polls every feed once, waits for the outcomes, and stops. */
    public void runOnce(Consumer<PollOutcome> report) throws InterruptedException {
        poller.pollDue(guarded, report);
        close();
        throwFatal();
    }

    private void throwFatal() {
        RuntimeException e = fatal.get();
        if (e != null) {
            throw e;
        }
    }

    private synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    /** Stops the loop; polls under way finish (each bounded by the request timeout) or are interrupted after 60 s. */
    @Override
    public void close() throws InterruptedException {
        stop();
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }
}
