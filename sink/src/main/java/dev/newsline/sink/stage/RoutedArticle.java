package dev.newsline.sink.stage;

/** An enriched article on its way to one per-country or per-topic topic, already written as JSON. */
record RoutedArticle(String topic, byte[] json) {
}
