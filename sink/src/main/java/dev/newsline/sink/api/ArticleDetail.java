package dev.newsline.sink.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.sink.latest.Copies;

/**
 * {@code GET /api/articles/{id}}: the enriched record as on news.enriched (docs/schema.md), then its copies, and
 * for a copy the original's id and how it was found.
 */
record ArticleDetail(@JsonUnwrapped EnrichedArticle article,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Copies duplicates,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String duplicateOf,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String method) {
}
