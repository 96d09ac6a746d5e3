package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;

/**
 * The decision on one delivery: original (duplicateOf null) or duplicate of an earlier article.
 *
 * @param article     the article
 * @param duplicateOf the original's id, or null
 * @param similarity  1.0 for exact methods, estimated Jaccard for near
 * @param method      exact-id, exact-url, exact-content, near; null for originals
 */
public record DedupVerdict(EnrichedArticle article, String duplicateOf, double similarity, String method) {

    /** True if the article repeats an earlier one. */
    public boolean duplicate() {
        return duplicateOf != null;
    }

    /** The record for news.duplicates. */
    public DuplicateArticle asDuplicate() {
        return new DuplicateArticle(article, duplicateOf, similarity, method);
    }
}
