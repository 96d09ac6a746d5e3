package dev.newsline.sink.api;

import java.util.Optional;
import java.util.Set;

/** {@code GET /api/articles}: a filter, an optional text search and how many to list (newest first). */
record ArticlesQuery(ArticleFilter filter, Optional<String> q, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int MAX_QUERY_CHARS = 200;
    static final Set<String> PARAMS = Set.of("country", "topic", "lang", "q", "limit");

    static ArticlesQuery from(Params params, TopicNames topics) {
        Optional<String> q = params.text("q");
        if (q.isPresent() && q.get().length() > MAX_QUERY_CHARS) {
            throw new BadRequest("q is " + q.get().length() + " characters long; give at most " + MAX_QUERY_CHARS);
        }
        return new ArticlesQuery(ArticleFilter.from(params, topics), q,
                params.integer("limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT));
    }
}
