package dev.newsline.sink.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.enrich.tag.topic.TopicTaxonomy;
import dev.newsline.sink.count.CountDimension;
import dev.newsline.sink.count.CountWindow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Query parameters of the API: what is accepted, and the one-line 400 for what is not. */
class ParamsTest {

    private static final TopicNames TOPICS = new TopicNames(TopicTaxonomy.load());

    private static ArticlesQuery articles(Map<String, String> params) {
        return ArticlesQuery.from(params(params), TOPICS);
    }

    private static CountsQuery counts(Map<String, String> params) {
        return CountsQuery.from(params(params), TOPICS);
    }

    private static Params params(Map<String, String> params) {
        Map<String, List<String>> multi = new java.util.HashMap<>();
        params.forEach((k, v) -> multi.put(k, List.of(v)));
        return new Params(multi, k(params));
    }

    private static java.util.Set<String> k(Map<String, String> params) {
        java.util.Set<String> known = new java.util.HashSet<>(ArticlesQuery.PARAMS);
        known.addAll(CountsQuery.PARAMS);
        return known;
    }

    @Test
    void acceptsTheDocumentedArticleFilters() {
        ArticlesQuery q = articles(Map.of("country", "am", "topic", "politics", "lang", "FA", "q", "vote",
                "limit", "20"));
        assertThat(q.filter()).isEqualTo(new ArticleFilter(Optional.of("AM"), Optional.of("politics"),
                Optional.of("fa")));
        assertThat(q.q()).contains("vote");
        assertThat(q.limit()).isEqualTo(20);
        assertThat(articles(Map.of()).limit()).isEqualTo(ArticlesQuery.DEFAULT_LIMIT);
    }

    @Test
    void acceptsATopicByItsIptcCodeAsWellAsItsSlug() {
        TopicTaxonomy.Topic politics = TopicTaxonomy.load().bySlug("politics").orElseThrow();
        assertThat(articles(Map.of("topic", politics.code())).filter().topic()).contains("politics");
    }

    @Test
    void refusesBadArticleParametersWithOneLine() {
        assertBad(() -> articles(Map.of("country", "Armenia")), "country=Armenia is not a country");
        assertBad(() -> articles(Map.of("lang", "persian")), "lang=persian is not a language");
        assertBad(() -> articles(Map.of("topic", "astrology")), "topic=astrology is not a topic");
        assertBad(() -> articles(Map.of("limit", "0")), "limit=0 is not valid");
        assertBad(() -> articles(Map.of("limit", "ten")), "limit=ten is not valid");
        assertBad(() -> articles(Map.of("q", "x".repeat(201))), "q is 201 characters long");
        assertBad(() -> new Params(Map.of("color", List.of("red")), ArticlesQuery.PARAMS),
                "unknown parameter 'color'");
        assertBad(() -> new Params(Map.of("country", List.of("AM", "IR")), ArticlesQuery.PARAMS),
                "parameter 'country' is given 2 times");
    }

    @Test
    void acceptsTheDocumentedCountParameters() {
        CountsQuery q = counts(Map.of("by", "topic", "window", "1d", "from", "2025-03-01T00:00:00Z",
                "to", "2025-03-08T00:00:00Z", "country", "AM"));
        assertThat(q.by()).isEqualTo(CountDimension.TOPIC);
        assertThat(q.window()).isEqualTo(CountWindow.DAY);
        assertThat(q.from()).contains(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(q.filter().country()).contains("AM");
        assertThat(counts(Map.of("by", "country")).window()).isEqualTo(CountWindow.HOUR);
    }

    @Test
    void refusesBadCountParametersWithOneLine() {
        assertBad(() -> counts(Map.of()), "by is missing");
        assertBad(() -> counts(Map.of("by", "colour")), "by=colour is not valid");
        assertBad(() -> counts(Map.of("by", "country", "window", "1w")), "window=1w is not valid");
        assertBad(() -> counts(Map.of("by", "country", "from", "yesterday")), "from=yesterday is not a time");
        assertBad(() -> counts(Map.of("by", "country", "from", "2025-03-02T00:00:00Z", "to", "2025-03-01T00:00:00Z")),
                "from must be before to");
        assertBad(() -> counts(Map.of("by", "country", "from", "2020-01-01T00:00:00Z", "to", "2025-01-01T00:00:00Z")),
                "spans more than");
    }

    @Test
    void defaultRangeEndsWithTheNewestCountedWindowAndNeverAfterNow() {
        CountsQuery q = counts(Map.of("by", "language"));
        Instant now = Instant.parse("2026-01-10T12:34:00Z");
        CountsQuery fromNewest = q.resolved(Optional.of(Instant.parse("2025-03-04T10:15:00Z")), now);
        assertThat(fromNewest.to()).contains(Instant.parse("2025-03-04T11:00:00Z"));
        assertThat(fromNewest.from()).contains(Instant.parse("2025-03-03T11:00:00Z"));
        CountsQuery future = q.resolved(Optional.of(Instant.parse("2099-01-01T00:00:00Z")), now);
        assertThat(future.to()).contains(Instant.parse("2026-01-10T13:00:00Z"));
    }

    private static void assertBad(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOf(BadRequest.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
