package dev.newsline.sink.replay;

import dev.newsline.ingest.source.ArticleOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a replay did so far: articles sent (and their bytes), left out because an earlier run had them
 * acknowledged, skipped by a rule and failed, the last two counted by reason. Reasons are grouped without
 * the article's own size, so "too large" is one line however many sizes there were; past
 * {@value #MAX_REASONS} distinct reasons the rest are counted together.
 */
public final class ReplayTally {

    static final int MAX_REASONS = 40;
    private static final String OTHER = "(other reasons)";

    private long sent;
    private long sentBytes;
    private long resumed;
    private long skipped;
    private long failed;
    private final Map<String, Long> skipReasons = new LinkedHashMap<>();
    private final Map<String, Long> failReasons = new LinkedHashMap<>();

    /** Counts one outcome. */
    public void add(ArticleOutcome outcome) {
        if (outcome.sent()) {
            sent++;
            sentBytes += outcome.bytes();
        } else if (outcome.failed()) {
            failed++;
            count(failReasons, outcome.skipReason());
        } else {
            skipped++;
            count(skipReasons, outcome.skipReason());
        }
    }

    /** Counts an article left out because an earlier run had it acknowledged. */
    public void addResumed() {
        resumed++;
    }

    public long sent() {
        return sent;
    }

    public long sentBytes() {
        return sentBytes;
    }

    public long resumed() {
        return resumed;
    }

    public long skipped() {
        return skipped;
    }

    public long failed() {
        return failed;
    }

    /** Skip reasons with their counts, in the order first met. */
    public Map<String, Long> skipReasons() {
        return Map.copyOf(skipReasons);
    }

    /** Failure reasons with their counts, in the order first met. */
    public Map<String, Long> failReasons() {
        return Map.copyOf(failReasons);
    }

    /** The summary: a line of counts, then one line per reason. */
    public List<String> summary(double seconds) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "replay: %d sent (%s) in %.1f s, %.0f articles/s; %d skipped; %d failed%s",
                sent, Bytes.human(sentBytes), seconds, seconds > 0 ? sent / seconds : 0, skipped, failed,
                resumed > 0 ? "; " + resumed + " already acknowledged before (--resume), not sent again" : ""));
        skipReasons.forEach((r, n) -> lines.add("  skipped " + n + ": " + r));
        failReasons.forEach((r, n) -> lines.add("  failed " + n + ": " + r));
        return lines;
    }

    private static void count(Map<String, Long> reasons, String reason) {
        String key = withoutSize(reason);
        if (!reasons.containsKey(key) && reasons.size() >= MAX_REASONS) {
            key = OTHER;
        }
        reasons.merge(key, 1L, Long::sum);
    }

    /** {@code 3000 bytes (2.9 KiB), more than …} as {@code more than …}. */
    static String withoutSize(String reason) {
        return reason.replaceFirst("^\\d+ bytes( \\([^)]*\\))?, ", "");
    }
}
