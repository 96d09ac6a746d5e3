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
 * @param publishedEarlier true if this copy's published_at (else event time) is strictly earlier than
 *                    {@code duplicateOf}'s: by publication it is the original of the pair, delivered late
 */
public record DedupVerdict(EnrichedArticle article, String duplicateOf, double similarity, String method,
        boolean publishedEarlier) implements DedupOutcome {

    /** The verdict for an original. */
    public static DedupVerdict original(EnrichedArticle article) {
        return new DedupVerdict(article, null, 0, null, false);
    }

    /** True if the article repeats an earlier one. */
    public boolean duplicate() {
        return duplicateOf != null;
    }

    /** The record for news.duplicates. */
    public DuplicateArticle asDuplicate() {
        return new DuplicateArticle(article, duplicateOf, similarity, method, publishedEarlier);
    }
}
