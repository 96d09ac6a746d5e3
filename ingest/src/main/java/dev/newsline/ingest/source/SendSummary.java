package dev.newsline.ingest.source;

import java.util.List;

/**
 * The articles sent to news.raw and those not sent, in the order their fate was known.
 *
 * @param sent    articles news.raw has, with where
 * @param skipped articles not sent (left out by a rule, or failed), with why
 */
public record SendSummary(List<ArticleOutcome> sent, List<ArticleOutcome> skipped) {

    /** {@code 12 articles sent, 41062 bytes (40.1 KiB) in all; 2 skipped}. */
    public String describe() {
        long bytes = sent.stream().mapToLong(ArticleOutcome::bytes).sum();
        return sent.size() + (sent.size() == 1 ? " article" : " articles") + " sent, " + RawRecordLimits.describe(bytes)
                + " in all; " + skipped.size() + " skipped";
    }
}
