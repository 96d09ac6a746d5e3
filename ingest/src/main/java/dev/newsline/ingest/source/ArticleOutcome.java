package dev.newsline.ingest.source;

/**
 * What became of one article read from a source: sent to news.raw (at which partition and offset), or
 * skipped or failed, and why.
 *
 * @param input      the input file it was read from
 * @param ordinal    its place in that input; -1 for what concerns the rest of the input
 * @param entry      its name for people (path in the folder or archive, JSON Lines line, URL)
 * @param bytes      its size as sent, or as found; -1 when unknown
 * @param partition  the news.raw partition that has it; -1 when not sent
 * @param offset     its offset there; -1 when not sent
 * @param skipReason why it was not sent; null when sent
 * @param failed     true when it could not be read or sent, false when sent or left out by a rule
 */
public record ArticleOutcome(String input, long ordinal, String entry, long bytes, int partition, long offset,
                             String skipReason, boolean failed) {

    static ArticleOutcome sent(SourceRecord record, int partition, long offset) {
        return new ArticleOutcome(record.input(), record.ordinal(), record.entry(), record.value().length, partition,
                offset, null, false);
    }

    static ArticleOutcome skipped(SourceRecord record, String reason, boolean failed) {
        return new ArticleOutcome(record.input(), record.ordinal(), record.entry(), record.value().length, -1, -1,
                reason, failed);
    }

    static ArticleOutcome of(SkippedEntry s) {
        return new ArticleOutcome(s.input(), s.ordinal(), s.entry(), s.bytes(), -1, -1, s.reason(), s.failed());
    }

    /** Where the article was read, for a person to find it: the file's path, then its entry inside an archive. */
    public String where() {
        return input.endsWith(entry) ? input : input + " → " + entry;
    }

    /** True if news.raw has the article. */
    public boolean sent() {
        return skipReason == null;
    }

    /** One line: {@code sent a.txt: 1234 bytes (1.2 KiB) to news.raw partition 0 offset 17} or {@code skipped big.txt: …}. */
    public String describe() {
        if (sent()) {
            return "sent " + entry + ": " + RawRecordLimits.describe(bytes) + " to news.raw partition " + partition
                    + " offset " + offset;
        }
        return (failed ? "failed " : "skipped ") + entry + ": " + skipReason;
    }
}
