package dev.newsline.sink.replay;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Replay progress on stderr: articles, input bytes read, rate and ETA. On a terminal, one bar redrawn in
 * place a few times a second; elsewhere (a log file, CI), a plain line every few seconds.
 */
public final class ProgressDisplay {

    /** How progress is shown. */
    public enum Mode { BAR, LINES, NONE }

    private static final long BAR_EVERY_NANOS = 200_000_000L;
    private static final long LINE_EVERY_NANOS = 10_000_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final Mode mode;
    private final Ticker ticker;
    private final long totalBytes;
    private final long start;
    private long lastDrawn;
    private boolean drawn;

    /** @param totalBytes the inputs' size on disk, for the percentage and ETA; 0 when unknown */
    public ProgressDisplay(PrintWriter err, Mode mode, Ticker ticker, long totalBytes) {
        this.err = err;
        this.mode = mode;
        this.ticker = ticker;
        this.totalBytes = totalBytes;
        this.start = ticker.nanoTime();
        this.lastDrawn = start;
    }

    /** Redraws if it is time to. */
    public void update(ReplayTally tally, long bytesRead) {
        long now = ticker.nanoTime();
        if (mode == Mode.NONE || now - lastDrawn < (mode == Mode.BAR ? BAR_EVERY_NANOS : LINE_EVERY_NANOS)) {
            return;
        }
        lastDrawn = now;
        String line = line(tally, bytesRead, (now - start) / 1e9);
        if (mode == Mode.BAR) {
            err.print("\r" + line + "\u001b[K");
            drawn = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Ends the bar's line, so that what follows starts on its own. */
    public void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    /** Seconds since the display started. */
    public double seconds() {
        return (ticker.nanoTime() - start) / 1e9;
    }

    String line(ReplayTally tally, long bytesRead, double seconds) {
        double rate = seconds > 0 ? tally.sent() / seconds : 0;
        StringBuilder s = new StringBuilder();
        if (totalBytes > 0) {
            double done = Math.min(1, (double) bytesRead / totalBytes);
            if (mode == Mode.BAR) {
                int filled = (int) Math.round(done * BAR_WIDTH);
                s.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
            }
            s.append(String.format(Locale.ROOT, "%3.0f%% ", done * 100));
        }
        s.append(String.format(Locale.ROOT, "%d articles, %s of %s read, %.0f articles/s", tally.sent(),
                Bytes.human(bytesRead), totalBytes > 0 ? Bytes.human(totalBytes) : "?", rate));
        if (tally.skipped() + tally.failed() > 0) {
            s.append(", ").append(tally.skipped()).append(" skipped, ").append(tally.failed()).append(" failed");
        }
        if (totalBytes > 0 && bytesRead > 0 && bytesRead < totalBytes) {
            long eta = Math.round(seconds * (totalBytes - bytesRead) / bytesRead);
            s.append(String.format(Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
        }
        return s.toString();
    }
}
