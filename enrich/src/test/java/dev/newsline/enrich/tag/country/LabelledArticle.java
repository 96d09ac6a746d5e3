package dev.newsline.enrich.tag.country;

import java.util.Set;

/** One article of a country evaluation set: its text, the primary countries a reader gave it, and forbidden ones. */
record LabelledArticle(String id, String language, String title, String body, Set<String> primary,
        Set<String> forbidden) {
}
