package dev.newsline.enrich.tag.country;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A name that stands for more than one thing: the candidate countries with the context words (folded) that
 * point to each, the default when no context decides ({@code null}: "not a country"), the defaults of languages whose
 * own row gives another ({@code languageDefaults}, "" for none: Santa Fe is New Mexico's in English and Argentina's in
 * Spanish), and the spellings of the name itself, as written with the marks folding drops, that settle it for one
 * country wherever they are written ({@code spellings}: عمّان with its shadda is Amman, not Oman).
 */
record AmbiguousName(String defaultCode, Map<String, String> languageDefaults, Map<String, List<String>> cues,
                     Map<String, List<String>> spellings) {

    /** Arabic short vowels, tanween and sukun: all the marks but the shadda (U+064B-U+0650, U+0652). */
    private static final Pattern SHORT_VOWELS = Pattern.compile("[\u064B-\u0650\u0652]");
    /** In {@code ambiguous-names.tsv}'s cues, what marks a spelling of the name itself rather than a context word. */
    static final String SPELLING = "~";

    AmbiguousName {
        languageDefaults = Map.copyOf(languageDefaults);
        cues = copyOf(cues);
        spellings = copyOf(spellings);
    }

    /** The default when no context decides in {@code language}: its own row's, else the name's first row's. */
    String defaultCode(String language) {
        String own = languageDefaults.get(language);
        return own == null ? defaultCode : own.isEmpty() ? null : own;
    }

    /**
     * The country whose marked spelling {@code written} (the name as the article writes it) holds, or null; the
     * short vowels a writer may add besides (عَمّان) are read past.
     */
    String spelledFor(String written) {
        if (spellings.isEmpty()) {
            return null;
        }
        String bare = SHORT_VOWELS.matcher(written).replaceAll("");
        for (Map.Entry<String, List<String>> s : spellings.entrySet()) {
            for (String spelling : s.getValue()) {
                if (bare.contains(spelling)) {
                    return s.getKey();
                }
            }
        }
        return null;
    }

    private static Map<String, List<String>> copyOf(Map<String, List<String>> byCode) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byCode.forEach((code, words) -> copy.put(code, List.copyOf(words)));
        return Collections.unmodifiableMap(copy);
    }
}
