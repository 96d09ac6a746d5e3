package dev.newsline.enrich.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An article on {@code news.duplicates}: the full enriched record's fields, flat, plus which article it
 * repeats ({@code duplicate_of}, {@code similarity}, {@code method}, {@code published_earlier}).
 *
 * @param article     the enriched record of this copy
 * @param duplicateOf id of the original
 * @param similarity  estimated Jaccard similarity to the original (1.0 for exact methods)
 * @param method      exact-id, exact-url, exact-content or near
 * @param publishedEarlier true if this copy's published_at (else event time) is strictly earlier than
 *                    {@code duplicateOf}'s: the original by publication, delivered after the copy already emitted
 */
public record DuplicateArticle(@JsonUnwrapped EnrichedArticle article, String duplicateOf, double similarity, String method,
        boolean publishedEarlier) {
}
