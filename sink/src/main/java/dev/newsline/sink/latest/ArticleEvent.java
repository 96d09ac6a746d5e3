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
 * @param json        the record as its output topic got it (news.enriched or news.duplicates), when known: the
 *                    {@link ArticleEventSerde} writes these bytes as they are instead of writing the article again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleEvent(EnrichedArticle article, String duplicateOf, String method, @JsonIgnore byte[] json) {

    /** An event without the bytes of its output record (they are written from {@code article} when needed). */
    public ArticleEvent(EnrichedArticle article, String duplicateOf, String method) {
        this(article, duplicateOf, method, null);
    }

    /** An original from news.enriched. */
    public static ArticleEvent original(EnrichedArticle article) {
        return new ArticleEvent(article.forOutput(), null, null);
    }

    /** An original, with the bytes news.enriched got for it. */
    public static ArticleEvent original(EnrichedArticle article, byte[] json) {
        return new ArticleEvent(article.forOutput(), null, null, json);
    }

    /** A copy from news.duplicates. */
    public static ArticleEvent copy(DuplicateArticle duplicate) {
        return new ArticleEvent(duplicate.article().forOutput(), duplicate.duplicateOf(), duplicate.method());
    }

    /** A copy, with the bytes news.duplicates got for it (the article's fields and the copy's, flat). */
    public static ArticleEvent copy(DuplicateArticle duplicate, byte[] json) {
        return new ArticleEvent(duplicate.article().forOutput(), duplicate.duplicateOf(), duplicate.method(), json);
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
