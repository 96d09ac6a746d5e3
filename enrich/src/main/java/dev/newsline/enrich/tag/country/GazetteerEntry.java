package dev.newsline.enrich.tag.country;

import java.util.Set;

/**
 * One name of the gazetteer after filtering (its key without spaces, and folded with its word breaks): the country it stands for (null for {@link NameKind#NOT_PLACE}
 * and {@link NameKind#AMBIGUOUS}), what kind of name it is, where it came from, its ambiguity rule if any,
 * the article languages in which the same string is a common word (there it is not evidence), and how it
 * must be written to count; curated names count only in articles of their own language ({@code onlyIn}, empty for any),
 * because a Persian word can be a different Arabic word (کیف Kyiv / كيف "how").
 */
record GazetteerEntry(String key, String spaced, String code, NameKind kind, String source, AmbiguousName ambiguity,
                      Set<String> commonWordIn, Casing casing,
                      Set<String> onlyIn) {

    GazetteerEntry {
        commonWordIn = Set.copyOf(commonWordIn);
        onlyIn = Set.copyOf(onlyIn);
    }
}
