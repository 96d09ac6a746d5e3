package dev.newsline.ingest.source;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the home country a source declares (the {@code country-hint} record header a feed or the setting
 * {@code newsline.source.country} sets): an ISO 3166-1 alpha-2 code, in any case and with spaces around it; anything
 * else is no hint, so a producer's typo can never become a country tag.
 */
public final class SourceCountryHint {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final int MAX_CHARS = 8;

    private SourceCountryHint() {
    }

    /** The code {@code header} declares, upper case, or null when it is absent or no ISO 3166-1 alpha-2 code. */
    public static String parse(String header) {
        if (header == null || header.length() > MAX_CHARS) {
            return null;
        }
        String code = header.strip().toUpperCase(Locale.ROOT);
        return CODES.contains(code) ? code : null;
    }
}
