package dev.newsline.enrich.tag.country;

import java.util.List;

/**
 * How the country tagger loads its gazetteer.
 *
 * @param cldrLocales CLDR locales whose country names to load; empty means every locale ICU has
 */
public record CountryTaggerOptions(List<String> cldrLocales) {

    public CountryTaggerOptions {
        cldrLocales = List.copyOf(cldrLocales);
    }

    /** Every CLDR locale: the production setting. */
    public static CountryTaggerOptions allLocales() {
        return new CountryTaggerOptions(List.of());
    }
}
