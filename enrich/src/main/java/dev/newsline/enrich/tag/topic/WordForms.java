package dev.newsline.enrich.tag.topic;

import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The forms under which a text word may meet a rule term in one language: Arabic proclitics
 * (و ف ب ل ك ال لل and their combinations), Persian plural and ezafe suffixes (ها های ی ای, written with ZWNJ
 * or not), French elisions (l' d' qu'…) and English possessive 's. Rule files then list base forms only.
 */
final class WordForms {

    private static final List<String> ARABIC_PROCLITICS = List.of(
            "وبال", "وال", "بال", "فال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك");
    // Longest first; folded forms (ی→ي), so "های" is "هاي".
    private static final List<String> PERSIAN_SUFFIXES = List.of("هايي", "هاي", "ها", "يي", "اي", "ي");
    private static final Set<String> PERSIAN_SUFFIX_WORDS = Set.of("ها", "هاي", "هايي", "اي", "ي", "يي", "تر", "ترين");
    /** The first chars of the proclitics and the last chars of the suffixes, for a quick no. */
    private static final String PROCLITIC_FIRST_CHARS = firstChars(ARABIC_PROCLITICS, false);
    private static final String SUFFIX_LAST_CHARS = firstChars(PERSIAN_SUFFIXES, true);
    private static final List<String> FRENCH_ELISIONS = List.of(
            "jusqu'", "lorsqu'", "puisqu'", "qu'", "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'");

    private final String language;

    WordForms(String language) {
        this.language = language;
    }

    boolean joinsCompounds() {
        return language.equals("fa") || language.equals("ur");
    }

    /**
     * The words to match, with offsets into {@code original}. A Persian suffix cut off by a ZWNJ
     * ("نیرو‌های") is glued back onto its word, so the word reads as it would without the ZWNJ.
     */
    List<MatchToken> words(String original, MatchText form) {
        if (!language.equals("fa")) {
            return form.tokens();
        }
        List<MatchToken> out = new ArrayList<>(form.tokens().size());
        for (MatchToken t : form.tokens()) {
            if (!out.isEmpty() && PERSIAN_SUFFIX_WORDS.contains(t.text())) {
                MatchToken prev = out.get(out.size() - 1);
                if (onlyZwnj(original, prev.end(), t.start())) {
                    out.set(out.size() - 1, new MatchToken(prev.text() + t.text(), prev.start(), t.end()));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    private static boolean onlyZwnj(String s, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '\u200C') {
                return false;
            }
        }
        return true;
    }

    private static String firstChars(List<String> affixes, boolean last) {
        StringBuilder chars = new StringBuilder();
        for (String a : affixes) {
            char c = a.charAt(last ? a.length() - 1 : 0);
            if (chars.indexOf(String.valueOf(c)) < 0) {
                chars.append(c);
            }
        }
        return chars.toString();
    }

    /** Adds {@code form} unless already there: a few forms per word, so a list beats a set and keeps the order. */
    private static void addNew(List<String> forms, String form) {
        if (!forms.contains(form)) {
            forms.add(form);
        }
    }

    /** The word itself first, then the forms with affixes removed (do not modify the list). */
    List<String> forms(String word) {
        switch (language) {
            case "ar" -> {
                if (word.isEmpty() || PROCLITIC_FIRST_CHARS.indexOf(word.charAt(0)) < 0) {
                    return List.of(word); // no proclitic can start it: the common case, no list to build
                }
                List<String> out = null;
                for (String p : ARABIC_PROCLITICS) {
                    if (word.startsWith(p) && word.length() - p.length() >= 2) {
                        if (out == null) {
                            out = new ArrayList<>(4);
                            out.add(word);
                        }
                        String rest = word.substring(p.length());
                        addNew(out, rest);
                        if (p.endsWith("لل")) {
                            addNew(out, "ال" + rest); // لل = ل + ال: "للأمم" meets "الأمم"
                        }
                    }
                }
                return out == null ? List.of(word) : out;
            }
            case "fa" -> {
                if (word.isEmpty() || SUFFIX_LAST_CHARS.indexOf(word.charAt(word.length() - 1)) < 0) {
                    return List.of(word);
                }
                List<String> out = null;
                for (String s : PERSIAN_SUFFIXES) {
                    if (word.endsWith(s) && word.length() - s.length() >= 2) {
                        if (out == null) {
                            out = new ArrayList<>(4);
                            out.add(word);
                        }
                        addNew(out, word.substring(0, word.length() - s.length()));
                    }
                }
                return out == null ? List.of(word) : out;
            }
            case "fr" -> {
                String w = word.replace('\u2019', '\'');
                for (String e : FRENCH_ELISIONS) {
                    if (w.startsWith(e) && w.length() > e.length() + 1) {
                        return List.of(word, w.substring(e.length()));
                    }
                }
                return List.of(word);
            }
            case "en" -> {
                String w = word.replace('\u2019', '\'');
                if (w.endsWith("'s") && w.length() > 3) {
                    return List.of(word, w.substring(0, w.length() - 2));
                }
                return List.of(word);
            }
            default -> {
                return List.of(word);
            }
        }
    }
}
