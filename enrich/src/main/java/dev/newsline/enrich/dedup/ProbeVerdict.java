package dev.newsline.enrich.dedup;

import java.util.List;

/**
 * What one probe found: earlier articles that share the probe key and may be the original.
 *
 * @param kind       the probe's kind
 * @param candidates earliest first, at most {@link ProbeIndexProcessor#MAX_CANDIDATES}
 */
public record ProbeVerdict(ProbeKind kind, List<OrderKey> candidates) {
}
