package dev.newsline.enrich.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An article on {@code news.duplicates}: the full enriched record's fields, flat, plus which article it
 * repeats ({@code duplicate_of}, {@code similarity}, {@code method}).
 *
 * @param article     the enriched record of this copy
 * @param duplicateOf id of the original
 * @param similarity  estimated Jaccard similarity to the original (1.0 for exact methods)
 * @param method      exact-id, exact-url, exact-content or near
 */
public record DuplicateArticle(@JsonUnwrapped EnrichedArticle article, String duplicateOf, double similarity, String method) {
}
