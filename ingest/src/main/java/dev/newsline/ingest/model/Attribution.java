package dev.newsline.ingest.model;

/** The outlet a story is credited to in its lead ("به گزارش X به نقل از Y"), and the agency it came through. */
public record Attribution(String outlet, String via) {
}
