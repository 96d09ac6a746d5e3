package dev.newsline.enrich.model;

import dev.newsline.ingest.model.RejectedRecord;

/** An article enrichment could not handle, as the record to put on {@code news.rejected}. */
public record EnrichFailure(RejectedRecord rejected) implements EnrichOutcome {
}
