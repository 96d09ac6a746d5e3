package dev.newsline.ingest.source;

/**
 * An entry of a source that was not sent, and why: skipped by a rule (too large, unsafe path, not an HTML
 * response…) or failed (unreadable, an archive cut short, refused by the broker).
 *
 * @param input   the input file
 * @param ordinal the entry's place in the input, or -1 for what concerns the rest of the input (a cut, a limit)
 * @param entry   the entry's name for people
 * @param bytes   its size as found, or -1 when unknown
 * @param reason  one line: why
 * @param failed  true when it could not be read or sent, false when a rule left it out
 */
public record SkippedEntry(String input, long ordinal, String entry, long bytes, String reason, boolean failed) {

    static SkippedEntry skipped(String input, long ordinal, String entry, long bytes, String reason) {
        return new SkippedEntry(input, ordinal, entry, bytes, reason, false);
    }

    static SkippedEntry failed(String input, long ordinal, String entry, String reason) {
        return new SkippedEntry(input, ordinal, entry, -1, reason, true);
    }
}
