package dev.newsline.ingest.feed;

import java.util.Map;

/**
 * A record for news.raw made from a feed item.
 *
 * @param key       the item's key ({@link FeedItem#key()})
 * @param value     a JSON article, or a linked page's bytes as the server sent them
 * @param headers   {@code source}, {@code url}, {@code content-type} and the feed's hints, in order
 * @param timestamp the Kafka record timestamp: the item's date, else the fetch time (epoch ms)
 */
public record FeedRecord(String key, byte[] value, Map<String, String> headers, long timestamp) {
}
