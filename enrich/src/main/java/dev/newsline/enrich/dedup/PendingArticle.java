package dev.newsline.enrich.dedup;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.newsline.enrich.model.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * An article waiting in the gatherer for its verdicts (either part may arrive first).
 *
 * @param article  the article, once it has arrived
 * @param expected verdicts to await (known with the article)
 * @param sketch   the article's similarity sketch (with the article)
 * @param verdicts verdicts so far, failed ones included
 * @param since    wall-clock ms when the gatherer first heard of this delivery (0 in entries written before
 *                 it was kept: their wait is counted from the task's start)
 * @param arrived  whether the article has come (it may be kept apart, so {@code article} can be null then)
 */
public record PendingArticle(EnrichedArticle article, int expected, SimilaritySketch sketch,
        List<ProbeVerdict> verdicts, long since, boolean arrived) {

    /** An entry with an article has its article arrived (entries of the old layout do not say so). */
    @JsonCreator
    public PendingArticle {
        arrived = arrived || article != null;
    }

    /** An entry that has its article if, and only if, {@code article} is not null. */
    public PendingArticle(EnrichedArticle article, int expected, SimilaritySketch sketch, List<ProbeVerdict> verdicts,
            long since) {
        this(article, expected, sketch, verdicts, since, article != null);
    }

    /** Nothing heard yet, at {@code now}. */
    static PendingArticle first(long now) {
        return new PendingArticle(null, 0, null, List.of(), now);
    }

    /** This entry with its article parked: the article, how many verdicts to await and its sketch. */
    PendingArticle parked(Fingerprint f) {
        return new PendingArticle(f.article(), f.probes().size(), f.sketch(), verdicts, since, true);
    }

    /** This entry with the verdicts of one batch added. */
    PendingArticle withVerdicts(List<ProbeVerdict> batch) {
        List<ProbeVerdict> more = new ArrayList<>(verdicts.size() + batch.size());
        more.addAll(verdicts);
        more.addAll(batch);
        return new PendingArticle(article, expected, sketch, more, since, arrived);
    }

    /**
     * This entry with a late batch added (another article's claim, {@link VerdictBatch#late}): it counts as
     * awaited too, so the article still waits for exactly the verdicts it awaited before.
     */
    PendingArticle withLateVerdicts(List<ProbeVerdict> late) {
        return withVerdicts(late).expecting(expected + late.size());
    }

    private PendingArticle expecting(int n) {
        return new PendingArticle(article, n, sketch, verdicts, since, arrived);
    }

    /** This entry with one more verdict. */
    PendingArticle withVerdict(ProbeVerdict v) {
        List<ProbeVerdict> more = new ArrayList<>(verdicts.size() + 1);
        more.addAll(verdicts);
        more.add(v);
        return new PendingArticle(article, expected, sketch, more, since, arrived);
    }

    /** This entry with its article, read from where it was kept. */
    PendingArticle withArticle(EnrichedArticle a) {
        return new PendingArticle(a, expected, sketch, verdicts, since, true);
    }

    /** True once the article can be decided: it is here and every verdict has arrived, or one has failed. */
    boolean ready() {
        return arrived && (verdicts.size() >= expected || failure() != null);
    }

    /** The first failed verdict, or null. */
    ProbeVerdict failure() {
        for (ProbeVerdict v : verdicts) {
            if (v.failed()) {
                return v;
            }
        }
        return null;
    }
}
