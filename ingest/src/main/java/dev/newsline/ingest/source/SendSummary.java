package dev.newsline.ingest.source;

import java.util.List;

/**
 * The files sent to news.raw and the files skipped, in input order.
 *
 * @param sent    files news.raw has, with where
 * @param skipped files not sent, with why
 */
public record SendSummary(List<FileOutcome> sent, List<FileOutcome> skipped) {

    /** {@code 12 files sent, 41062 bytes (40.1 KiB) in all; 2 skipped}. */
    public String describe() {
        long bytes = sent.stream().mapToLong(FileOutcome::bytes).sum();
        return sent.size() + (sent.size() == 1 ? " file" : " files") + " sent, " + RawRecordLimits.describe(bytes)
                + " in all; " + skipped.size() + " skipped";
    }
}
