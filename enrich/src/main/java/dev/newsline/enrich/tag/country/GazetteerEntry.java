package dev.newsline.enrich.tag.country;

import java.util.Set;

/**
 * One name of the gazetteer after filtering: the country it stands for (null for {@link NameKind#NOT_PLACE}
 * and {@link NameKind#AMBIGUOUS}), what kind of name it is, where it came from, its ambiguity rule if any,
 * the article languages in which the same string is a common word (there it is not evidence), and how it
 * must be written to count.
 */
record GazetteerEntry(String key, String code, NameKind kind, String source, AmbiguousName ambiguity,
                      Set<String> commonWordIn, Casing casing) {

    GazetteerEntry {
        commonWordIn = Set.copyOf(commonWordIn);
    }
}
