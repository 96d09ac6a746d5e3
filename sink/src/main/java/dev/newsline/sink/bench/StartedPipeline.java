package dev.newsline.sink.bench;

import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.sink.app.NewslineApplication;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Properties;

/**
 * The pipeline started by the bench, with its start-up clocked: wall time at the start, models and gazetteers
 * loaded, streams RUNNING. Closing it stops the application.
 */
record StartedPipeline(NewslineApplication app, long startWallMillis, long startNanos, long loadedNanos,
                       long runningNanos) implements AutoCloseable {

    /** Loads models and gazetteers afresh and starts the application, waiting up to 120 s for RUNNING. */
    static StartedPipeline start(String bootstrap, Properties config, NewslineSettings settings, PrintWriter out)
            throws Exception {
        long wall = System.currentTimeMillis();
        long t0 = System.nanoTime();
        Enrichers enrichers = Enrichers.load(settings);
        long loaded = System.nanoTime();
        out.printf("models and gazetteers loaded in %.1f s%n", (loaded - t0) / 1e9);
        out.flush();
        NewslineApplication app = NewslineApplication.start(bootstrap, config, enrichers, Duration.ofSeconds(120));
        return new StartedPipeline(app, wall, t0, loaded, System.nanoTime());
    }

    /** Loading models and gazetteers. */
    long loadMillis() {
        return (loadedNanos - startNanos) / 1_000_000;
    }

    /** From loaded to RUNNING. */
    long startMillis() {
        return (runningNanos - loadedNanos) / 1_000_000;
    }

    /** From the start (loading included) to RUNNING. */
    long runningMillis() {
        return millisSinceStart(runningNanos);
    }

    /** From the start (loading included) to {@code nanos}. */
    long millisSinceStart(long nanos) {
        return (nanos - startNanos) / 1_000_000;
    }

    /** From the start to the first output record's append time, or -1 if none came. */
    long firstOutputMillis(OutputCount count) {
        return count.firstAppendMillis() < 0 ? -1 : count.firstAppendMillis() - startWallMillis;
    }

    @Override
    public void close() {
        app.close();
    }
}
