package dev.newsline.ingest.source;

/**
 * What became of one input file: sent to news.raw (at which partition and offset), or skipped and why.
 *
 * @param file       the input
 * @param bytes      its size as sent, or as found
 * @param partition  the news.raw partition that has it; -1 when skipped
 * @param offset     its offset there; -1 when skipped
 * @param skipReason why it was not sent; null when sent
 */
public record FileOutcome(ArticleFile file, long bytes, int partition, long offset, String skipReason) {

    static FileOutcome sent(ArticleFile file, long bytes, int partition, long offset) {
        return new FileOutcome(file, bytes, partition, offset, null);
    }

    static FileOutcome skipped(ArticleFile file, long bytes, String reason) {
        return new FileOutcome(file, bytes, -1, -1, reason);
    }

    /** True if news.raw has the file. */
    public boolean sent() {
        return skipReason == null;
    }

    /** One line: {@code sent a.txt: 1234 bytes (1.2 KiB) to news.raw partition 0 offset 17} or {@code skipped big.txt: …}. */
    public String describe() {
        return sent() ? "sent " + file.name() + ": " + RawRecordLimits.describe(bytes) + " to news.raw partition "
                + partition + " offset " + offset
                : "skipped " + file.name() + ": " + skipReason;
    }
}
