package dev.newsline.enrich.tag.country;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Country names from CLDR (through ICU4J): the full and the short display name of every territory in each locale. */
final class CldrNames {

    private CldrNames() {
    }

    /**
     * Codes ISO reserves for parts of a state that CLDR names as territories: Ceuta and Melilla (EA) and the Canary
     * Islands (IC) are Spain's, and a desk files them under ES.
     */
    private static final Map<String, String> PART_OF = Map.of("EA", "ES", "IC", "ES");

    /** ISO 3166-1 alpha-2 codes that CLDR knows as territories (no macro-regions, no unknown region). */
    static List<String> territoryCodes() {
        TreeSet<String> codes = new TreeSet<>();
        for (String code : ULocale.getISOCountries()) {
            try {
                if (!PART_OF.containsKey(code) && Region.getInstance(code).getType() == Region.RegionType.TERRITORY) {
                    codes.add(code);
                }
            } catch (IllegalArgumentException unknownToCldr) {
                // ISO keeps a few codes CLDR has retired; they have no names to load
            }
        }
        return List.copyOf(codes);
    }

    /** The English name used in tags. */
    static String englishName(String code) {
        return LocaleDisplayNames.getInstance(ULocale.ENGLISH).regionDisplayName(code);
    }

    /** The keys ({@link Folding#key}) of every country's full and short name in {@code language}'s own locale. */
    static Set<String> keysIn(String language) {
        return names(locales(List.of(language)), territoryCodes()).stream()
                .map(n -> Folding.key(n.name())).collect(Collectors.toUnmodifiableSet());
    }

    /** Every available locale, or the ones given. */
    static List<ULocale> locales(List<String> only) {
        if (only == null || only.isEmpty()) {
            return Arrays.asList(ULocale.getAvailableLocales());
        }
        return only.stream().map(ULocale::new).toList();
    }

    /** Full and short names of each code in each locale; a locale without its own name (returns the code) is skipped. */
    static List<RawName> names(List<ULocale> locales, List<String> codes) {
        List<RawName> out = new ArrayList<>();
        for (ULocale locale : locales) {
            LocaleDisplayNames full = LocaleDisplayNames.getInstance(locale);
            LocaleDisplayNames shorter = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT);
            String language = locale.getLanguage();
            for (String code : codes) {
                String a = full.regionDisplayName(code);
                String b = shorter.regionDisplayName(code);
                for (Map.Entry<String, String> part : PART_OF.entrySet()) {
                    String name = full.regionDisplayName(part.getKey());
                    if (part.getValue().equals(code) && name != null && !name.equals(part.getKey())) {
                        out.add(new RawName(code, language, name, NameKind.REGION, "cldr-part:" + locale));
                    }
                }
                if (a != null && !a.equals(code)) {
                    out.add(new RawName(code, language, a, NameKind.COUNTRY_NAME, "cldr:" + locale));
                }
                if (b != null && !b.equals(code) && !b.equals(a)) {
                    out.add(new RawName(code, language, b, NameKind.SHORT_FORM, "cldr-short:" + locale));
                }
            }
        }
        return out;
    }
}
