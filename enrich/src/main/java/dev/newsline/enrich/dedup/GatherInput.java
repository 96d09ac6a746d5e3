package dev.newsline.enrich.dedup;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsline.enrich.model.EnrichedArticle;
import java.util.List;

/**
 * One record for the gatherer, keyed by delivery ref: either the article with how many verdicts to
 * await, or the verdicts of one index partition (one per probe it owns).
 *
 * @param article  the article, or null
 * @param expected number of probes scattered for it (with the article)
 * @param sketch   the article's similarity sketch (with the article), or null
 * @param verdict  one probe's verdict, as records written before batching carried it, or null
 * @param verdicts the verdicts of one batch of probes, or null
 */
public record GatherInput(EnrichedArticle article, int expected, SimilaritySketch sketch,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProbeVerdict verdict,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ProbeVerdict> verdicts) {

    static GatherInput article(Fingerprint f) {
        return new GatherInput(f.article(), f.probes().size(), f.sketch(), null, null);
    }

    static GatherInput verdicts(List<ProbeVerdict> v) {
        return new GatherInput(null, 0, null, null, List.copyOf(v));
    }
}
