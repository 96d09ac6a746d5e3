package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.ArabicLetters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a name may start and end inside a word: Arabic attaches conjunctions, prepositions and the article in
 * front (وأرمينيا، بأذربيجان، للسعودية), Persian attaches ی/ای/ها/های behind when no ZWNJ is typed
 * (ارمنستانی), Turkish and English put case endings after an apostrophe (Rusya'nın, Russia's), French elides
 * (l'Iran, d'Arménie). Works on folded words.
 */
final class CliticStripper {

    /** Where to start matching inside a word, and whether the skipped prefix held the article ال. */
    record Start(int skip, boolean articleConsumed) {
    }

    private static final List<String> ARABIC_PLAIN = List.of("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل");
    private static final List<String> ARABIC_WITH_ARTICLE =
            List.of("وال", "فال", "بال", "كال", "لل", "وبال", "ولل", "فلل", "فبال");
    /**
     * Persian endings, folded: the adjective ی (یی after a vowel: استرالیایی, ایتالیائی; ایی after ی: اندونزیایی),
     * ای, the plurals.
     */
    private static final Set<String> PERSIAN_SUFFIXES = Set.of("ي", "يي", "ايي", "اي", "ها", "هاي", "يان", "ايان",
            "يها", "ييها", "ييان");
    private static final Set<String> ELISIONS = Set.of("l", "d", "qu", "j", "s", "n", "dell", "all", "nell", "sull");
    private static final int MIN_STEM = 3;
    private static final Start WHOLE_WORD = new Start(0, false);
    private static final List<Start> WHOLE_WORD_ONLY = List.of(WHOLE_WORD);
    /** The first letters of the Arabic prefixes, for a quick no. */
    private static final String ARABIC_FIRST_CHARS = firstChars(ARABIC_PLAIN, ARABIC_WITH_ARTICLE);

    private CliticStripper() {
    }

    /** Start positions to try in {@code word}: always 0, plus one per clitic prefix it may carry. */
    static List<Start> starts(String word, String language) {
        if (word.isEmpty()) {
            return WHOLE_WORD_ONLY;
        }
        List<Start> out = null; // most words carry no clitic: they share one list instead of building their own
        if (isArabicScript(word.charAt(0)) && !"fa".equals(language) && !"ur".equals(language)) {
            // Persian and Urdu write these particles as separate words; stripping them there only finds noise
            if (ARABIC_FIRST_CHARS.indexOf(word.charAt(0)) < 0) {
                return WHOLE_WORD_ONLY;
            }
            for (String p : ARABIC_PLAIN) {
                if (word.startsWith(p) && word.length() - p.length() >= MIN_STEM) {
                    out = add(out, new Start(p.length(), false));
                }
            }
            for (String p : ARABIC_WITH_ARTICLE) {
                if (word.startsWith(p) && word.length() - p.length() >= MIN_STEM) {
                    out = add(out, new Start(p.length(), true));
                }
            }
        } else {
            int elision = elision(word);
            if (elision > 0) {
                out = add(out, new Start(elision, false));
            }
        }
        return out == null ? WHOLE_WORD_ONLY : out;
    }

    private static List<Start> add(List<Start> starts, Start start) {
        List<Start> out = starts;
        if (out == null) {
            out = new ArrayList<>(3);
            out.add(WHOLE_WORD);
        }
        out.add(start);
        return out;
    }

    private static String firstChars(List<String> a, List<String> b) {
        StringBuilder chars = new StringBuilder();
        for (List<String> prefixes : List.of(a, b)) {
            for (String p : prefixes) {
                if (chars.indexOf(p.substring(0, 1)) < 0) {
                    chars.append(p.charAt(0));
                }
            }
        }
        return chars.toString();
    }

    /** Whether {@code rest}, the end of a word after a name, is an ending the name may carry. */
    static boolean isSuffix(String rest, String language) {
        if (rest.isEmpty()) {
            return true;
        }
        char first = rest.charAt(0);
        if (isApostrophe(first)) {
            return true; // Rusya'nın, Russia's, Türkiye'de
        }
        if (isArabicScript(first)) {
            return !"ar".equals(language) && PERSIAN_SUFFIXES.contains(rest);
        }
        return "de".equals(language) && rest.equals("s"); // Russlands, Irans
    }

    /** The apostrophes before a proper noun's ending (Rusya'nın, Russia’s): typed or typographic. */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    static boolean isArabicScript(char c) {
        return ArabicLetters.isArabicScript(c);
    }

    /**
     * Whether {@code word} (folded) is one of {@code words}, or is one behind the Arabic clitics written on it (ومطعم,
     * بالوزارة); {@code throughArticle} also reads the stem a clitic's article left (والمطعم as مطعم or المطعم).
     */
    static boolean isOneOf(Set<String> words, String word, boolean throughArticle) {
        if (words.contains(word)) {
            return true;
        }
        if (word.isEmpty() || !isArabicScript(word.charAt(0))) {
            return false;
        }
        for (Start s : starts(word, "ar")) {
            if (s.skip() == 0 || (s.articleConsumed() && !throughArticle)) {
                continue;
            }
            String stem = word.substring(s.skip());
            if (words.contains(stem) || (s.articleConsumed() && words.contains("\u0627\u0644" + stem))) {
                return true;
            }
        }
        return false;
    }

    /** Caddesi'ndeki → Caddesi: a word without the ending Turkish writes after an apostrophe. */
    static String beforeApostrophe(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (isApostrophe(word.charAt(i))) {
                return word.substring(0, i);
            }
        }
        return word;
    }

    /** The word without a French or Italian clitic elided onto it (l'actrice → actrice), else the word itself. */
    static String withoutElision(String word) {
        return word.substring(elision(word));
    }

    /** Where the stem starts behind an elided clitic (l'Iran: 2, qu'Israël: 3), or 0. */
    private static int elision(String word) {
        int apostrophe = apostrophe(word);
        return apostrophe > 0 && apostrophe <= 4 && ELISIONS.contains(word.substring(0, apostrophe)) ? apostrophe + 1 : 0;
    }

    private static int apostrophe(String word) {
        for (int i = 0; i < word.length() && i < 6; i++) {
            if (isApostrophe(word.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
