package dev.newsline.ingest.html;

import java.time.Instant;

/**
 * What a page says about its article outside the text.
 *
 * @param title       the article's title (site name trimmed), empty when the page has none
 * @param url         the canonical URL ({@code <link rel="canonical">}, else {@code og:url}), or null
 * @param publishedAt the publication time from meta tags or JSON-LD, or null
 * @param language    the primary language subtag of {@code <html lang>}, or null
 */
public record PageMetadata(String title, String url, Instant publishedAt, String language) {
}
