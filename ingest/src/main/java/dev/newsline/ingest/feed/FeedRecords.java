package dev.newsline.ingest.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsline.ingest.source.RawArticleProducer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes news.raw records from feed items, never parsing for the ingest stage: an item's own text goes as a
 * JSON article (the fields {@code JsonArticleParser} reads), a linked page as its bytes with the server's
 * {@code Content-Type} verbatim.
 */
public final class FeedRecords {

    /** Header naming the feed, as in the feeds file. */
    public static final String SOURCE = "source";
    /** Header holding the item's link. */
    public static final String URL = "url";
    /** Header declaring the value's type. */
    public static final String CONTENT_TYPE = "content-type";
    /** Header holding the feed's language hint (ISO 639-1). */
    public static final String LANGUAGE_HINT = "language-hint";
    /** Header holding the feed's country hint (ISO 3166-1 alpha-2). */
    public static final String COUNTRY_HINT = RawArticleProducer.COUNTRY_HINT;
    /** The content type of a JSON article. */
    public static final String JSON = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FeedRecords() {
    }

    /** The item as a JSON article whose body is {@code body} (its full text, or its summary). */
    public static FeedRecord article(FeedSource feed, FeedItem item, String body, Instant fetchedAt) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", item.key());
        item.title().ifPresent(title -> json.put("title", title));
        json.put("body", body);
        item.link().ifPresent(link -> json.put("url", link));
        item.date().ifPresent(date -> json.put("published_at", date.toString()));
        json.put("source", feed.name());
        feed.languageHint().ifPresent(language -> json.put("language", language));
        byte[] value = json.toString().getBytes(StandardCharsets.UTF_8);
        return new FeedRecord(item.key(), value, headers(feed, item, JSON), timestamp(item, fetchedAt));
    }

    /** The item's linked page, its bytes and {@code Content-Type} as fetched. */
    public static FeedRecord page(FeedSource feed, FeedItem item, FetchResult.Fetched page, Instant fetchedAt) {
        return new FeedRecord(item.key(), page.body(), headers(feed, item, page.contentType()), timestamp(item, fetchedAt));
    }

    private static Map<String, String> headers(FeedSource feed, FeedItem item, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SOURCE, feed.name());
        item.link().ifPresent(link -> headers.put(URL, link));
        if (contentType != null) {
            headers.put(CONTENT_TYPE, contentType);
        }
        feed.languageHint().ifPresent(language -> headers.put(LANGUAGE_HINT, language));
        feed.countryHint().ifPresent(country -> headers.put(COUNTRY_HINT, country));
        return headers;
    }

    /** The item's date when Kafka can carry it (not before 1970), else the fetch time. */
    private static long timestamp(FeedItem item, Instant fetchedAt) {
        return item.date().map(Instant::toEpochMilli).filter(ms -> ms >= 0).orElse(fetchedAt.toEpochMilli());
    }
}
