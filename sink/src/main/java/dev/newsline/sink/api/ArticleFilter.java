package dev.newsline.sink.api;

import dev.newsline.sink.latest.ArticleSummary;
import java.util.Optional;

/**
 * Which articles a list or stream shows: any of the filters may be absent; country and topic match primary tags
 * (as the per-tag topics and the counts do), topic by slug.
 */
record ArticleFilter(Optional<String> country, Optional<String> topic, Optional<String> language) {

    /** Reads {@code country}, {@code topic} and {@code lang}. */
    static ArticleFilter from(Params params, TopicNames topics) {
        return new ArticleFilter(params.country("country"), topics.filter(params, "topic"),
                params.language("lang"));
    }

    boolean matches(ArticleSummary a) {
        return country.map(c -> a.countries().stream().anyMatch(t -> t.primary() && t.code().equalsIgnoreCase(c)))
                .orElse(true)
                && topic.map(s -> a.topics().stream().anyMatch(t -> t.primary() && s.equals(t.slug()))).orElse(true)
                && language.map(l -> a.language() != null && l.equals(a.language().code())).orElse(true);
    }
}
