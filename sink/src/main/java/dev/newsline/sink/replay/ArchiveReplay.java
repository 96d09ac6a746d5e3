package dev.newsline.sink.replay;

import dev.newsline.ingest.source.ArticleOutcome;
import dev.newsline.ingest.source.ArticleSource;
import dev.newsline.ingest.source.RawArticleProducer;
import dev.newsline.ingest.source.SkippedEntry;
import dev.newsline.ingest.source.SourceListener;
import dev.newsline.ingest.source.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code newsline replay}: the articles of archives, folders and files sent to news.raw, with progress,
 * an optional rate limit, and a checkpoint of what the broker acknowledged so that an interrupted replay
 * resumes without sending that again. Sending twice is harmless in any case (the pipeline marks a re-sent
 * article as an exact duplicate); the checkpoint saves the time.
 */
public final class ArchiveReplay {

    private static final long SAVE_EVERY_NANOS = 2_000_000_000L;

    private final Checkpoint checkpoint;
    private final RateLimit rateLimit;
    private final ProgressDisplay display;
    private final Ticker ticker;
    private final ReplayTally tally = new ReplayTally();
    private final Map<String, Long> positions = new HashMap<>();
    private long bytesRead;
    private long lastSaved;

    /**
     * @param checkpoint what earlier runs had acknowledged ({@link Checkpoint#fresh} to send everything); it is
     *                   saved as this run goes
     * @param rateLimit  {@code --max-rate} ({@link TokenBucket}), or null for none
     */
    public ArchiveReplay(Checkpoint checkpoint, RateLimit rateLimit, ProgressDisplay display, Ticker ticker) {
        this.checkpoint = checkpoint;
        this.rateLimit = rateLimit;
        this.display = display;
        this.ticker = ticker;
        this.lastSaved = ticker.nanoTime();
    }

    /**
     * Sends every article of {@code sources} not already acknowledged, and saves the checkpoint at the end,
     * also when interrupted (after the sends in flight were acknowledged).
     *
     * @param also hears of every outcome too (the embedded run keeps the sent ones, to match them to outputs)
     */
    public ReplayTally run(RawArticleProducer producer, List<ArticleSource> sources, Consumer<ArticleOutcome> also)
            throws InterruptedException, IOException {
        try {
            producer.send(sources.stream().map(this::tracked).toList(), this::admit, outcome -> {
                tally.add(outcome);
                if (outcome.ordinal() >= 0 && !outcome.failed()) {
                    // Sent and acknowledged, or left out by a rule that would leave it out again: settled.
                    checkpoint.acknowledge(outcome.input(), outcome.ordinal());
                }
                also.accept(outcome);
                display.update(tally, bytesRead);
                saveNowAndThen();
            });
        } finally {
            checkpoint.save();
            display.finish();
        }
        return tally;
    }

    /** The counts so far. */
    public ReplayTally tally() {
        return tally;
    }

    private boolean admit(SourceRecord record) throws InterruptedException {
        if (checkpoint.acknowledged(record.input(), record.ordinal())) {
            tally.addResumed();
            display.update(tally, bytesRead);
            return false;
        }
        if (rateLimit != null) {
            rateLimit.acquire();
        }
        return true;
    }

    private void saveNowAndThen() {
        long now = ticker.nanoTime();
        if (now - lastSaved >= SAVE_EVERY_NANOS) {
            lastSaved = now;
            try {
                checkpoint.save();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save the checkpoint " + checkpoint.file() + ": " + e.getMessage(), e);
            }
        }
    }

    /** {@code source}, with its position reports counted into the bytes read. */
    private ArticleSource tracked(ArticleSource source) {
        return new ArticleSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public void read(SourceListener listener) throws IOException, InterruptedException {
                source.read(new SourceListener() {
                    @Override
                    public void article(SourceRecord record) throws InterruptedException {
                        listener.article(record);
                    }

                    @Override
                    public void skipped(SkippedEntry skipped) {
                        listener.skipped(skipped);
                    }

                    @Override
                    public void position(String input, long done, long total) {
                        Long before = positions.put(input, done);
                        bytesRead += done - (before == null ? 0 : before);
                        listener.position(input, done, total);
                    }
                });
            }
        };
    }
}
