package dev.newsline.sink.audit;

/** An output record whose origin names no committed {@code news.raw} record ({@code origin} as written, or "no origin"). */
public record Stray(OutputLocation where, String origin) {
}
