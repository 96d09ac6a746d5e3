package dev.newsline.sink.latest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Locale;

/**
 * One article in the recency index: where the articles store keeps it, its summary for lists, and the lower-cased text a search reads (the title and
 * the first {@link #SEARCHED_BODY_CHARS} characters of the body, so that a search costs the same for every article).
 */
public record IndexEntry(String storeKey, ArticleSummary summary, String searchText) {

    /** How much of the body a search reads. */
    public static final int SEARCHED_BODY_CHARS = 4000;

    /** The entry of {@code event}'s article, kept under {@code storeKey} in the articles store. */
    public static IndexEntry of(String storeKey, ArticleEvent event) {
        String body = event.article().body() == null ? "" : event.article().body();
        String searched = (event.article().title() == null ? "" : event.article().title()) + "\n"
                + body.substring(0, Math.min(body.length(), SEARCHED_BODY_CHARS));
        return new IndexEntry(storeKey, ArticleSummary.of(event), lower(searched));
    }

    /** True if the title or the searched part of the body contains {@code query}, ignoring case. */
    public boolean contains(String query) {
        return searchText.contains(lower(query));
    }

    /** True for an original. */
    @JsonIgnore
    public boolean original() {
        return summary.duplicateOf() == null;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
