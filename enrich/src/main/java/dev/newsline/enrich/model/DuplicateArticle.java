package dev.newsline.enrich.model;

/**
 * An article on {@code news.duplicates}: the full enriched record, plus which article it repeats.
 *
 * @param article     the enriched record of this copy
 * @param duplicateOf id of the original
 * @param similarity  estimated Jaccard similarity to the original (1.0 for exact methods)
 * @param method      exact-id, exact-url, exact-content or near
 */
public record DuplicateArticle(EnrichedArticle article, String duplicateOf, double similarity, String method) {
}
