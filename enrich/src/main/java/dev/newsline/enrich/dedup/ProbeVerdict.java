package dev.newsline.enrich.dedup;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What one probe found: earlier articles that share the probe key and may be the original, or that the
 * probe could not be answered (so the gatherer still receives one verdict per probe).
 *
 * @param kind       the probe's kind (null if the probe key itself was unreadable)
 * @param candidates earliest first, at most {@link ProbeIndexProcessor#MAX_CANDIDATES}; none on a failure
 * @param error      why the index could not answer (the step, the exception and its message), or null
 */
public record ProbeVerdict(ProbeKind kind, List<OrderKey> candidates,
        @JsonInclude(JsonInclude.Include.NON_NULL) String error) {

    /** An answered probe. */
    public ProbeVerdict(ProbeKind kind, List<OrderKey> candidates) {
        this(kind, candidates, null);
    }

    /** A probe the index could not answer. */
    static ProbeVerdict failed(ProbeKind kind, String error) {
        return new ProbeVerdict(kind, List.of(), error);
    }

    /** True if the index could not answer this probe. */
    public boolean failed() {
        return error != null;
    }
}
