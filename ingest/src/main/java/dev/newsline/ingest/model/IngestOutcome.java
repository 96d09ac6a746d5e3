package dev.newsline.ingest.model;

/** What ingest makes of one raw record: an article, or a rejection. */
public sealed interface IngestOutcome permits ParsedArticle, RejectedRecord {
}
