package dev.newsline.sink.latest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;

/**
 * An article as the sink's state sees it: an original, or a copy with the id of its original and how it was found.
 * Keyed by the original's id on the sink's repartition topic, so that an original and its copies share a partition.
 *
 * @param article     the enriched record as on the output topics (no internal fields)
 * @param duplicateOf the original's id for a copy, else null
 * @param method      how the copy was found (exact-id, exact-url, exact-content, near), else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleEvent(EnrichedArticle article, String duplicateOf, String method) {

    /** An original from news.enriched. */
    public static ArticleEvent original(EnrichedArticle article) {
        return new ArticleEvent(article.forOutput(), null, null);
    }

    /** A copy from news.duplicates. */
    public static ArticleEvent copy(DuplicateArticle duplicate) {
        return new ArticleEvent(duplicate.article().forOutput(), duplicate.duplicateOf(), duplicate.method());
    }

    /** True for a copy. */
    @JsonIgnore
    public boolean duplicate() {
        return duplicateOf != null;
    }

    /** The id the event is keyed by: the original's. */
    @JsonIgnore
    public String originalId() {
        return duplicate() ? duplicateOf : article.id();
    }
}
