package dev.newsline.enrich.tag.country;

import java.util.List;
import java.util.Set;

/**
 * One name of the gazetteer after filtering (its key without spaces, and folded with its word breaks): the country it stands for (null for {@link NameKind#NOT_PLACE}
 * but a news agency's credit, and for {@link NameKind#AMBIGUOUS}), what kind of name it is, where it came from, its ambiguity rule if any,
 * the article languages in which the same string is a common word (there it is not evidence), and how it
 * must be written to count; curated names count only in articles of their own language ({@code onlyIn}, empty for any),
 * because a Persian word can be a different Arabic word (کیف Kyiv / كيف "how"); {@code places} are the GeoNames
 * places of that name, most populous first, which context may choose among (Tripoli in Libya or Lebanon).
 */
record GazetteerEntry(String key, String spaced, String code, NameKind kind, String source, AmbiguousName ambiguity,
                      Set<String> commonWordIn, Casing casing,
                      Set<String> onlyIn, List<Place> places) {

    GazetteerEntry {
        commonWordIn = Set.copyOf(commonWordIn);
        onlyIn = Set.copyOf(onlyIn);
        places = List.copyOf(places);
    }

    /** The same entry with the GeoNames places the name also stands for (most populous first). */
    GazetteerEntry withPlaces(List<Place> candidates) {
        return new GazetteerEntry(key, spaced, code, kind, source, ambiguity, commonWordIn, casing, onlyIn, candidates);
    }

    /** The same entry counting in any case: a lower-case town adjective (минское). */
    GazetteerEntry writtenAnyCase() {
        return new GazetteerEntry(key, spaced, code, kind, source, ambiguity, commonWordIn, Casing.ANY, onlyIn, places);
    }

    /** Whether one of the GeoNames places of this name lies in {@code code}'s country. */
    boolean placedIn(String code) {
        return places.stream().anyMatch(p -> p.code().equals(code));
    }

    /** Whether one of the places of this name is a first-level subdivision (GeoNames admin1) of {@code code}'s. */
    boolean subdivisionIn(String code) {
        return places.stream().anyMatch(p -> p.population() == 0 && p.admin1() != null && p.code().equals(code));
    }

    /** Whether the name is the first part of a compound of two countries' adjectives ({@link CombiningForms}). */
    boolean combiningForm() {
        return source.startsWith(CombiningForms.FILE);
    }

    /** Whether the name is known only from GeoNames: the weakest evidence, which must be corroborated or big. */
    boolean fromGeoNames() {
        return source.startsWith(GEONAMES);
    }

    /**
     * Whether the name is known only from GeoNames and only as an alternate name of its places, never as one's own
     * name or its ASCII spelling: other languages' spellings, which are as often a word of the article's language
     * (Gold for Gold Coast, Drug for Durg, Spanish Para for Belém, German Dabei for Dubai).
     */
    boolean alternateNameOnly() {
        return fromGeoNames() && source.contains(ALTERNATE);
    }

    /**
     * The language of the CLDR locale a country's name comes from ("cldr:fr", "cldr-short:en_GB" and their Russian
     * case forms "cldr:ru:ru-case"), or null for a name from any other source.
     */
    String cldrCountryNameLanguage() {
        int colon = source.indexOf(':');
        if (!kind.countryName() || !source.startsWith(CLDR) || colon < 0) {
            return null;
        }
        return source.substring(colon + 1).split("[:_]")[0];
    }

    /**
     * Whether the name is a sports club's whose name is also an everyday word (الهلال "the crescent", النصر
     * "victory", استقلال "independence"): it counts only where the article shows it is the club ({@link ClubMentions}).
     */
    boolean club() {
        return source.startsWith(CLUBS);
    }

    /**
     * Whether the name is a word for an administrative unit or its office (institutions.tsv, {@code unit}: شهرستان,
     * فرماندار), which stands for its country only where no other place's name follows it.
     */
    boolean unit() {
        return source.equals(INSTITUTIONS_UNIT);
    }

    /**
     * Whether the name is a club's that is no everyday word (institutions.tsv, {@code club}: Juventus, پرسپولیس,
     * إنتر), which Arabic writes with the article or without (الإنتر, إنتر) alike.
     */
    boolean plainClub() {
        return source.equals(INSTITUTIONS_CLUB);
    }

    /**
     * Whether the name is a national team's nickname (institutions.tsv, {@code team}: النشامى, A Milli, les Bleus),
     * which in cased scripts counts only with each word capitalized as a name (not "black stars", "les bleus").
     */
    boolean team() {
        return source.equals(INSTITUTIONS_TEAM);
    }

    /** Whether the name is a national capital's ({@code cities.tsv}, {@code capital}: تهران, کابل, الرياض). */
    boolean capital() {
        return source.equals(CAPITALS);
    }

    /** Whether the name is a company's (companies.tsv): evidence of its home country, shown as kind {@code company}. */
    boolean company() {
        return source.equals(CuratedNames.COMPANIES);
    }

    /**
     * Whether the name may carry a Persian ending (ایرانی، تهرانی‌ها): not a county seat of {@code local-seats.tsv},
     * whose name with ی is mostly a family name (فراهانی) and with ای/های can be another word (نقدهای "critiques").
     */
    boolean takesEndings() {
        return !source.startsWith(LOCAL_SEATS);
    }

    /**
     * Whether the name is a national news agency's credit (خبرگزاری فارس, واس): not a place and no evidence beside a
     * named country, but the agency's country ({@code code}) for a story that names none.
     */
    boolean credit() {
        return source.startsWith(NEWS_AGENCIES);
    }

    static final String GEONAMES = "geonames";
    /** Source suffix of a GeoNames-only name that is no place's own name, only an alternate one (Gold, Drug, Para). */
    static final String ALTERNATE = ":alternate";
    /** Source suffix of a Russian case form generated from a name (Парижа from Париж). */
    static final String RUSSIAN_CASE = ":ru-case";
    /** Source prefix of every name read from CLDR (CldrNames, ExemplarCities). */
    static final String CLDR = "cldr";
    /** Source prefix of a CLDR exemplar city; the rest names the time zone, one per city. */
    static final String CLDR_EXEMPLAR = "cldr-exemplar:";
    static final String NEWS_AGENCIES = "news-agencies.tsv";
    static final String HOME_INSTITUTIONS = "home-institutions.tsv";
    static final String LOCAL_SEATS = "local-seats.tsv";
    static final String CLUBS = "clubs.tsv";
    static final String CAPITALS = "cities.tsv:capital";
    static final String INSTITUTIONS_UNIT = CuratedNames.INSTITUTIONS + ":unit";
    static final String INSTITUTIONS_CLUB = CuratedNames.INSTITUTIONS + ":club";
    static final String INSTITUTIONS_TEAM = CuratedNames.INSTITUTIONS + ":team";
}
