package dev.newsline.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.parse.JsonTimestamp;
import dev.newsline.ingest.serde.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/**
 * What a source reads of an article to key and time-stamp it, without parsing it (ingest does that): the
 * declared content type from a file name, and a JSON article's {@code id} and {@code published_at}.
 *
 * @param id          the JSON {@code id}, or null
 * @param publishedAt the JSON {@code published_at} in epoch ms, or -1 when absent, unreadable or before 1970
 */
record ArticleMetadata(String id, long publishedAt) {

    static final String JSON = "application/json";
    static final String HTML = "text/html";
    static final String TEXT = "text/plain";

    private static final ArticleMetadata NONE = new ArticleMetadata(null, -1);

    /** {@code application/json}, {@code text/html} or {@code text/plain}, from the name's extension. */
    static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return JSON;
        }
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") ? HTML : TEXT;
    }

    /** The id and time of a JSON article; nothing for anything that is not a JSON object (ingest will say why). */
    static ArticleMetadata ofJson(byte[] bytes) {
        JsonNode node;
        try {
            node = JsonMapper.get().readTree(bytes);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
        if (node == null || !node.isObject()) {
            return NONE;
        }
        JsonNode id = node.get("id");
        String text = id != null && (id.isTextual() || id.isIntegralNumber()) && !id.asText().isBlank()
                ? id.asText().strip() : null;
        Instant published;
        try {
            published = JsonTimestamp.parse(node.get("published_at"));
        } catch (RuntimeException e) {
            published = null; // a number too large for an instant: no usable time
        }
        long ms = published == null || published.toEpochMilli() < 0 ? -1 : published.toEpochMilli();
        return new ArticleMetadata(text, ms);
    }

    /** This article's time, else {@code fallback}. */
    long timeOr(long fallback) {
        return publishedAt >= 0 ? publishedAt : fallback;
    }

    /** This article's id, else {@code fallback}. */
    String idOr(String fallback) {
        return id != null ? id : fallback;
    }
}
