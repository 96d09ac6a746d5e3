package dev.newsline.ingest.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one poll of one feed came to, for the one line {@code newsline feeds} prints.
 *
 * @param feed        the feed's name
 * @param status      fetched, not modified, or failed
 * @param items       items in the document (with a key)
 * @param sentBefore  items already sent on an earlier poll, or skipped for good
 * @param articles    items sent as JSON articles (full text, or a summary)
 * @param pages       items sent as their linked page
 * @param withoutText items with no text and no page to fetch, skipped for good
 * @param withoutKey  items with no guid, id or link, skipped
 * @param refused     items whose record is too large for the limits, skipped for good
 * @param pending     items to try again on the next poll (a page that could not be fetched, a record not acknowledged)
 * @param problems    one line for each thing that went wrong, the first few kept
 * @param failure     why the poll failed, when it did
 * @param failures    failures in a row, this one included
 * @param nextPoll    the wait before this feed is polled again
 */
public record PollOutcome(String feed, Status status, int items, int sentBefore, int articles, int pages,
                          int withoutText, int withoutKey, int refused, int pending, List<String> problems,
                          Optional<String> failure, int failures, Duration nextPoll) {

    /** How the poll went. */
    public enum Status {
        /** A document was read and its new items sent (some may be pending). */
        FETCHED,
        /** 304: nothing changed since the last document. */
        NOT_MODIFIED,
        /** No document could be fetched or read. */
        FAILED
    }

    /** Items sent to news.raw by this poll. */
    public int sent() {
        return articles + pages;
    }

    /** One line, e.g. {@code world: 12 items, 3 sent (1 article, 2 pages), 9 sent before; next poll in 5m}. */
    public String describe() {
        String next = "; next poll in " + shortDuration(nextPoll);
        return switch (status) {
            case NOT_MODIFIED -> feed + ": not modified (304)" + next;
            case FAILED -> feed + ": failed: " + failure.orElse("?") + " (" + failures + " in a row)" + next;
            case FETCHED -> {
                List<String> parts = new ArrayList<>();
                parts.add(items + " items");
                parts.add(sent() + " sent (" + articles + " as articles, " + pages + " as pages)");
                parts.add(sentBefore + " sent before");
                if (withoutText > 0) {
                    parts.add(withoutText + " without text, skipped");
                }
                if (withoutKey > 0) {
                    parts.add(withoutKey + " without guid, id or link, skipped");
                }
                if (refused > 0) {
                    parts.add(refused + " too large, skipped");
                }
                if (pending > 0) {
                    parts.add(pending + " to try again (" + String.join("; ", problems) + ")");
                } else if (!problems.isEmpty()) {
                    parts.add(String.join("; ", problems));
                }
                yield feed + ": " + String.join(", ", parts) + next;
            }
        };
    }

    /** {@code 90s}, {@code 5m}, {@code 1h30m}: short, for the log line. */
    public static String shortDuration(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60 || seconds % 60 != 0 && seconds < 600) {
            return d.toMillis() < 1000 ? d.toMillis() + "ms" : seconds + "s";
        }
        long minutes = seconds / 60;
        return minutes < 60 ? minutes + "m" : minutes / 60 + "h" + (minutes % 60 == 0 ? "" : minutes % 60 + "m");
    }
}
