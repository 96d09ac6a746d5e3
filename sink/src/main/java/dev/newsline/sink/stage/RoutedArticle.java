package dev.newsline.sink.stage;

import dev.newsline.enrich.model.EnrichedArticle;

/** An enriched article on its way to one per-country or per-topic topic. */
record RoutedArticle(String topic, EnrichedArticle article) {
}
