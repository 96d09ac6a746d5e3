package dev.newsline.enrich.dedup;

import java.util.List;

/**
 * The verdicts one index partition gives the probes of one article it owns, on their way back to the
 * article's home partition (keyed by the delivery's ref).
 *
 * @param home     the partition the article waits in, or {@link ProbeBatch#NO_HOME} when its batch named none
 * @param verdicts one verdict per probe of the batch, failed ones included; in a late batch, one per probe of
 *                 another article that may be this one's original but reached the index after it
 * @param late     true for a late batch: not an answer the article awaits, but an earlier-processed copy that
 *                 claims it, which the gatherer adds if the article is still waiting (docs/dedup.md, Late claims)
 */
public record VerdictBatch(int home, List<ProbeVerdict> verdicts, boolean late) {

    /** Copies the list; a batch holds at least one verdict. */
    public VerdictBatch {
        verdicts = List.copyOf(verdicts);
        if (verdicts.isEmpty()) {
            throw new IllegalArgumentException("a verdict batch holds at least one verdict");
        }
    }

    /** The answer to an article's probes. */
    public VerdictBatch(int home, List<ProbeVerdict> verdicts) {
        this(home, verdicts, false);
    }
}
