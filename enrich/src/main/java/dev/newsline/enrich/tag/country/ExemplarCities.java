package dev.newsline.enrich.tag.country;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Big cities from CLDR: the exemplar city of every canonical time zone, localized, with the zone's country. */
final class ExemplarCities {

    /** The languages the pipeline reads; exemplar cities in other languages would add noise, not recall. */
    static final List<String> READ_LANGUAGES = List.of("ar", "fa", "en", "fr", "de", "es", "ru", "tr", "ur");

    private ExemplarCities() {
    }

    static List<RawName> names(List<String> languages) {
        Set<String> zones = TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null);
        List<RawName> out = new ArrayList<>();
        for (String language : languages) {
            TimeZoneNames names = TimeZoneNames.getInstance(new ULocale(language));
            for (String zone : zones) {
                String region = TimeZone.getRegion(zone);
                // Antarctic stations are named after people (Casey, Davis, Mawson): never evidence for a country.
                if (region == null || region.length() != 2 || region.equals("AQ") || region.equals("001")) {
                    continue;
                }
                String city = names.getExemplarLocationName(zone);
                if (city != null && !city.isBlank()) {
                    out.add(new RawName(region, language, city, NameKind.CITY,
                            GazetteerEntry.CLDR_EXEMPLAR + language + ":" + zone));
                }
            }
        }
        return out;
    }
}
