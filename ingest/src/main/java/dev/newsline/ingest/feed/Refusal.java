package dev.newsline.ingest.feed;

/**
 * Why a record did not reach news.raw.
 *
 * @param reason  one line
 * @param lasting true when sending it again cannot succeed (too large for the limits): the item is skipped for good
 */
public record Refusal(String reason, boolean lasting) {
}
