package dev.newsline.enrich.tag.country;

import java.util.Set;

/**
 * One article of a country evaluation set: its text, the primary countries a reader gave it, forbidden ones, and the
 * home country its source declares when the set is read as a feed would deliver it (null: none).
 */
record LabelledArticle(String id, String language, String title, String body, Set<String> primary,
        Set<String> forbidden, String sourceCountry) {

    LabelledArticle(String id, String language, String title, String body, Set<String> primary,
                    Set<String> forbidden) {
        this(id, language, title, body, primary, forbidden, null);
    }
}
