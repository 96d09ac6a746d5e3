package dev.newsline.enrich.tag.country;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How the country tagger loads its gazetteer.
 *
 * @param cldrLocales CLDR locales whose country names to load; empty means every locale ICU has
 * @param geoNamesDir a folder with the GeoNames extract (cities15000.txt, admin1CodesASCII.txt) to add the world's
 *                    cities and first-level subdivisions from; empty for CLDR and the curated files alone
 */
public record CountryTaggerOptions(List<String> cldrLocales, Optional<Path> geoNamesDir) {

    public CountryTaggerOptions {
        cldrLocales = List.copyOf(cldrLocales);
        if (geoNamesDir.isPresent() && !GeoNamesFiles.present(geoNamesDir.get())) {
            throw new IllegalArgumentException("no GeoNames extract (" + GeoNamesFiles.CITIES + ", "
                    + GeoNamesFiles.ADMIN1 + ") in " + geoNamesDir.get());
        }
    }

    /** The given CLDR locales, without GeoNames. */
    public CountryTaggerOptions(List<String> cldrLocales) {
        this(cldrLocales, Optional.empty());
    }

    /** Every CLDR locale, without GeoNames. */
    public static CountryTaggerOptions allLocales() {
        return new CountryTaggerOptions(List.of());
    }

    /** Every CLDR locale and the GeoNames extract in {@code dir}, when given: the production setting. */
    public static CountryTaggerOptions allLocales(Optional<Path> geoNamesDir) {
        return new CountryTaggerOptions(List.of(), geoNamesDir);
    }
}
