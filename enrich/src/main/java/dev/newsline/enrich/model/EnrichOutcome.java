package dev.newsline.enrich.model;

/** What enrichment makes of one parsed article: an enriched article, or a failure to report. */
public sealed interface EnrichOutcome permits EnrichedArticle, EnrichFailure {
}
