package dev.newsline.enrich.dedup;

/** What a dedup step produced for one article: its result, or a failure bound for news.rejected. */
public sealed interface DedupOutcome permits Fingerprint, DedupVerdict, DedupFailure {
}
