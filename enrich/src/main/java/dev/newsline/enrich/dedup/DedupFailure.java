package dev.newsline.enrich.dedup;

import dev.newsline.ingest.model.RejectedRecord;

/** An article a dedup step failed on, as the record for news.rejected (stage "dedup", INTERNAL_ERROR). */
public record DedupFailure(RejectedRecord rejected) implements DedupOutcome {
}
