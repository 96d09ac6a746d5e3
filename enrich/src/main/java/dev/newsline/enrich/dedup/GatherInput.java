package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;

/**
 * One record for the gatherer, keyed by delivery ref: either the article with how many verdicts to
 * await, or one verdict.
 *
 * @param article  the article, or null
 * @param expected number of probes scattered for it (with the article)
 * @param sketch   the article's similarity sketch (with the article), or null
 * @param verdict  one probe's verdict, or null
 */
public record GatherInput(EnrichedArticle article, int expected, SimilaritySketch sketch, ProbeVerdict verdict) {

    static GatherInput article(Fingerprint f) {
        return new GatherInput(f.article(), f.probes().size(), f.sketch(), null);
    }

    static GatherInput verdict(ProbeVerdict v) {
        return new GatherInput(null, 0, null, v);
    }
}
