package dev.newsline.ingest.feed;

import java.util.List;

/**
 * A feed document read by {@link FeedParser}.
 *
 * @param items       its items with a key, in document order
 * @param withoutKey  items with neither a guid/id nor a link, which cannot be told apart and are not sent
 */
public record ParsedFeed(List<FeedItem> items, int withoutKey) {
}
