package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.TaggingInput;
import java.util.List;

/**
 * The other forms of an Arabic country adjective that {@code demonyms.tsv} writes with the article: the indefinite
 * feminine and accusative (شركة مصرية، شاباً سعودياً), the sound plurals (مصريون، المصريين) and the duals
 * (لاعبان مصريان، الدولتان الجارتان السعوديتان), which the file would otherwise need up to nine more rows per country
 * for.
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

    /** Whether the match's last word is an Arabic adjective in the feminine, singular (ـية, folded ـيه) or dual. */
    static boolean feminine(PhraseMatch p, TaggingInput in) {
        String w = lastWord(p, in);
        return "ar".equals(in.language()) && (w.endsWith("\u064A\u0647") // ـية
                || w.endsWith("\u064A\u062A\u0627\u0646") || w.endsWith("\u064A\u062A\u064A\u0646")); // ـيتان، ـيتين
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
            // امرأة مصرية and the dual (طائرتان سعوديتان); the feminine plural in -ات is mostly a noun of its own
            String dual = stem.substring(0, stem.length() - 1) + "ت";
            return List.of(stem, dual + "ان", ARTICLE + dual + "ان", dual + "ين", ARTICLE + dual + "ين");
        }
        if (!stem.endsWith("ي")) {
            return List.of(); // an irregular plural (الأتراك، الروس) has no such forms
        }
        // the bare masculine (مصري، تونسي) is left out: mostly a noun for one person (تونسي يدرب أبها, "a Tunisian
        // coaches Abha"), whose country the story need not be about; the accusative qualifies (لاعباً مصرياً)
        // the dual's oblique case (مصريين) is spelled as the plural's; its nominative (مصريان) is its own
        return List.of(stem + "ا", stem + "ون", ARTICLE + stem + "ون", stem + "ين", ARTICLE + stem + "ين",
                stem + "ان", ARTICLE + stem + "ان");
    }
}
