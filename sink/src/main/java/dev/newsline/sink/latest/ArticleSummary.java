package dev.newsline.sink.latest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.enrich.model.EnrichedArticle;
import java.time.Instant;
import java.util.List;

/**
 * What a list of articles shows of one: no text, no evidence. {@code duplicate_of} is set for a copy only.
 *
 * @param source the article's source, else its attribution's outlet, else its first listed source (see
 *               {@link SourceName})
 */
public record ArticleSummary(String id, String title, String source, String url, Instant eventTime,
                             Instant publishedAt, DetectedLanguage language, List<CountryRef> countries,
                             List<TopicRef> topics, @JsonInclude(JsonInclude.Include.NON_NULL) String duplicateOf) {

    /** A country tag without its evidence. */
    public record CountryRef(String code, String name, boolean primary) {
    }

    /** A topic tag without its evidence. */
    public record TopicRef(String code, String slug, String name, boolean primary) {
    }

    /** The summary of {@code event}'s article. */
    public static ArticleSummary of(ArticleEvent event) {
        return of(event.article(), event.duplicateOf());
    }

    /** The summary of an article; {@code duplicateOf} null for an original. */
    public static ArticleSummary of(EnrichedArticle a, String duplicateOf) {
        return new ArticleSummary(a.id(), a.title(), SourceName.of(a), a.url(), a.eventTime(), a.publishedAt(),
                a.language(),
                a.countries().stream().map(c -> new CountryRef(c.code(), c.name(), c.primary())).toList(),
                a.topics().stream().map(t -> new TopicRef(t.code(), t.slug(), t.name(), t.primary())).toList(),
                duplicateOf);
    }
}
