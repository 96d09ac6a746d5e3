package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.validate.RejectReason;
import dev.newsline.ingest.validate.Rejection;
import dev.newsline.ingest.validate.Rejections;
import java.time.Clock;

/** Turns an article a dedup step failed on into its news.rejected record, with the raw record's bytes. */
final class DedupRejections {

    /** The {@code stage} of dedup's rejections. */
    static final String STAGE = "dedup";

    private final Rejections rejections = new Rejections(Clock.systemUTC());

    /** The message of a failure of {@code step} (a processor name) with {@code cause}. */
    static String message(String step, String cause) {
        return step + " failed: " + cause;
    }

    /** The rejection of {@code article} with {@code message} (from {@link #message}). */
    DedupFailure failure(EnrichedArticle article, String message) {
        Rejection rejection = new Rejection(RejectReason.INTERNAL_ERROR, message);
        if (article == null) {
            return new DedupFailure(rejections.record(rejection, STAGE, null, null, null));
        }
        return new DedupFailure(rejections.record(rejection, STAGE, article.originalBytes(), article.headers(),
                article.origin()));
    }

    /** The rejection of {@code article} because {@code step} threw {@code e}. */
    DedupFailure failure(EnrichedArticle article, String step, RuntimeException e) {
        return failure(article, message(step, Rejections.internalError(e).message()));
    }
}
