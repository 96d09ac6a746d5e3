package dev.newsline.enrich.tag.country;

import com.ibm.icu.lang.UCharacter;

/**
 * The rule that keeps machine-loaded names (CLDR country names, exemplar cities) specific enough to be evidence:
 * <ol>
 *   <li>at least 4 letters in cased scripts (Latin, Cyrillic, Greek…), 3 in the others (Arabic مصر، قطر): shorter
 *       strings are abbreviations or words ("US", "UK", "Man") and come, if at all, from the curated short forms;</li>
 *   <li>no digits, and not the territory code itself (locales without a name return the code);</li>
 *   <li>names from locales in languages we do not read are not evidence when written in a script we read
 *       (Latin, Cyrillic, Arabic): such a spelling is, in the languages we do read, another word or a
 *       misspelling (Romansh "Columbia", Kashmiri مليشيا "militia" for Malaysia, Uyghur كاميرون the surname
 *       Cameron, Urdu-less وليس "and not"); their other scripts can never match an article we read;</li>
 *   <li>one string naming two countries (in any two locales) names neither: it is dropped, and the curated
 *       {@code ambiguous-names.tsv} decides it by context where that matters (Congo, آذربایجان);</li>
 *   <li>an exemplar city whose string is also a country name is the country (Kuwait, Djibouti; Arabic عمان is Oman);</li>
 *   <li>strings that are common words in a language we read are listed in {@code stop-names.tsv} with those
 *       languages and are not evidence in articles of those languages (Arabic/Persian مالي "financial" for Mali,
 *       German "Island" read by an English article); in cased scripts a name must also start with a capital
 *       letter in the text (turkey, china, jersey).</li>
 * </ol>
 * Curated files are deliberate and skip rules 1–4.
 */
final class NameFilter {

    private NameFilter() {
    }

    /** Rules 1 and 2 for one name and its folded key (spaces removed). */
    static boolean specificEnough(String original, String key) {
        if (key.isEmpty()) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= (isCased(original) ? 4 : 3);
    }

    /** Rule 3: whether a name from a locale in {@code language} can be evidence in the articles we read. */
    static boolean readable(String name, String language) {
        return ExemplarCities.READ_LANGUAGES.contains(language) || GeoNamesFiles.Script.of(name) == GeoNamesFiles.Script.OTHER;
    }

    /** Whether the name is written in a script with capital letters. */
    static boolean isCased(String text) {
        return isCased(text, 0, text.length());
    }

    /** Whether {@code text} from {@code from} to {@code to} is written in a script with capital letters. */
    static boolean isCased(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (UCharacter.isLetter(cp)) {
                return UCharacter.toLowerCase(cp) != UCharacter.toUpperCase(cp);
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether a name is an acronym: two or more letters, all capitals (US, UAE, DRC). */
    static boolean isAcronym(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
