package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.TaggingInput;
import java.util.List;

/**
 * The other forms of an Arabic country adjective that {@code demonyms.tsv} writes with the article: the indefinite
 * feminine and accusative (شركة مصرية، شاباً سعودياً) and the sound plurals (مصريون، المصريين), which the file
 * would otherwise need five more rows per country for.
 */
final class ArabicAdjectiveForms {

    private static final String ARTICLE = "ال";

    private ArabicAdjectiveForms() {
    }

    /**
     * Whether the match's last word is an Arabic adjective in the masculine: singular ـي, plural or dual
     * ـيين/ـيون/ـيان (the feminine ة folds to ه).
     */
    static boolean masculine(PhraseMatch p, TaggingInput in) {
        String w = lastWord(p, in);
        return w.endsWith("\u064A") || w.endsWith("\u064A\u064A\u0646") || w.endsWith("\u064A\u0648\u0646")
                || w.endsWith("\u064A\u0627\u0646");
    }

    /** Whether the match's last word is an Arabic adjective in the feminine singular (ـية, folded ـيه). */
    static boolean feminine(PhraseMatch p, TaggingInput in) {
        return "ar".equals(in.language()) && lastWord(p, in).endsWith("\u064A\u0647");
    }

    private static String lastWord(PhraseMatch p, TaggingInput in) {
        return MentionRoles.tokens(p, in).get(p.toToken()).text();
    }

    /**
     * The forms of {@code definite}, a masculine (المصري) or feminine (المصرية) adjective with the article.
     * Anything else yields nothing.
     */
    static List<String> of(String definite) {
        if (!definite.startsWith(ARTICLE) || definite.contains(" ") || definite.length() < ARTICLE.length() + 3) {
            return List.of();
        }
        String stem = definite.substring(ARTICLE.length());
        if (stem.endsWith("ية")) {
            return List.of(stem); // امرأة مصرية; the feminine plural in -ات is mostly a noun of its own
        }
        if (!stem.endsWith("ي")) {
            return List.of(); // an irregular plural (الأتراك، الروس) has no such forms
        }
        // the bare masculine (مصري، تونسي) is left out: mostly a noun for one person (تونسي يدرب أبها, "a Tunisian
        // coaches Abha"), whose country the story need not be about; the accusative qualifies (لاعباً مصرياً)
        return List.of(stem + "ا", stem + "ون", ARTICLE + stem + "ون", stem + "ين", ARTICLE + stem + "ين");
    }
}
