package dev.newsline.sink.latest;

import dev.newsline.enrich.model.EnrichedArticle;

/** The one name of an article's source that lists and counts use. */
public final class SourceName {

    /** The name of an article with no source, attribution or listed source. */
    public static final String UNKNOWN = "unknown";

    private SourceName() {
    }

    /** {@code source}, else the attribution's outlet, else the first of {@code sources}, else "unknown". */
    public static String of(EnrichedArticle a) {
        if (a.source() != null && !a.source().isBlank()) {
            return a.source().strip();
        }
        if (a.attribution() != null && a.attribution().outlet() != null && !a.attribution().outlet().isBlank()) {
            return a.attribution().outlet().strip();
        }
        if (a.sources() != null && !a.sources().isEmpty() && !a.sources().get(0).isBlank()) {
            return a.sources().get(0).strip();
        }
        return UNKNOWN;
    }
}
