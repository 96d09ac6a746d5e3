package dev.newsline.ingest.parse;

import java.time.Instant;

/** The fields another producer may send as a JSON object on {@code news.raw}. */
public record JsonArticle(String id, String url, String source, String title, String body,
                          Instant publishedAt, String language) {
}
