package dev.newsline.enrich.tag.topic;

import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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

    /** The word itself first, then the forms with affixes removed. */
    List<String> forms(String word) {
        switch (language) {
            case "ar" -> {
                Set<String> out = new LinkedHashSet<>();
                out.add(word);
                for (String p : ARABIC_PROCLITICS) {
                    if (word.startsWith(p) && word.length() - p.length() >= 2) {
                        String rest = word.substring(p.length());
                        out.add(rest);
                        if (p.endsWith("لل")) {
                            out.add("ال" + rest); // لل = ل + ال: "للأمم" meets "الأمم"
                        }
                    }
                }
                return List.copyOf(out);
            }
            case "fa" -> {
                Set<String> out = new LinkedHashSet<>();
                out.add(word);
                for (String s : PERSIAN_SUFFIXES) {
                    if (word.endsWith(s) && word.length() - s.length() >= 2) {
                        out.add(word.substring(0, word.length() - s.length()));
                    }
                }
                return List.copyOf(out);
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
