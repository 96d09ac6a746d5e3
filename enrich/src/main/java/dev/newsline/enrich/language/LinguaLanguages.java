package dev.newsline.enrich.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns the configured ISO 639-1 codes into Lingua languages, failing at start on a code Lingua lacks. */
final class LinguaLanguages {

    private LinguaLanguages() {
    }

    /** @throws IllegalArgumentException naming the bad code, or when fewer than two languages are configured */
    static Set<Language> of(List<String> codes) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (String code : codes) {
            languages.add(of(code));
        }
        if (languages.size() < 2) {
            throw new IllegalArgumentException("newsline.languages must name at least two languages to choose"
                    + " among, got " + codes);
        }
        return languages;
    }

    private static Language of(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        try {
            if (normalized.length() == 2) {
                IsoCode639_1 iso = IsoCode639_1.valueOf(normalized);
                if (iso != IsoCode639_1.NONE) {
                    return Language.getByIsoCode639_1(iso);
                }
            }
        } catch (IllegalArgumentException notAnIsoCode) {
            // reported below with the whole story
        }
        throw new IllegalArgumentException("newsline.languages: unknown language code '" + code
                + "' (expected ISO 639-1 codes that Lingua knows, such as ar, fa, en)");
    }

    /** The ISO 639-1 code Newsline reports for {@code language}. */
    static String codeOf(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
