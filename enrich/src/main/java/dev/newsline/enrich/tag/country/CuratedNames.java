package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the hand-curated TSV files under {@code gazetteer/}: '#' lines are the header (sources), then tab-separated rows. */
final class CuratedNames {

    static final String COMPANIES = "companies.tsv";
    static final String INSTITUTIONS = "institutions.tsv";
    static final String ARAB_PERSIAN_PLACES = "arab-persian-places.tsv";
    static final String NAMED_AFTER_RULERS = "named-after-rulers.tsv";
    /** First-level subdivisions abroad in the languages we read other than English, which GeoNames writes only so. */
    static final String WORLD_SUBDIVISIONS = "world-subdivisions.tsv";

    static final String DIR = "/gazetteer/";

    private CuratedNames() {
    }

    /** A names file: {@code code, lang, name, source}; lang {@code *} as in {@link #languages}. */
    static List<RawName> names(String file, NameKind kind) {
        List<RawName> out = new ArrayList<>();
        for (String[] row : rows(file, 3)) {
            for (String language : languages(row[1])) {
                out.add(new RawName(row[0].strip(), language, row[2].strip(), kind,
                        file + (row.length > 3 ? ":" + row[3].strip() : "")));
            }
        }
        return out;
    }

    /** {@code companies.tsv}: {@code code, lang, name, note}. */
    static List<RawName> companies(NameKind kind) {
        List<RawName> out = new ArrayList<>();
        for (String[] row : rows(COMPANIES, 3)) {
            for (String language : languages(row[1])) {
                out.add(new RawName(row[0].strip(), language, row[2].strip(), kind, COMPANIES));
            }
        }
        return out;
    }

    /**
     * A curated row's language column: {@code *} is the same Latin spelling in every cased-script language whose press
     * writes it so (en, fr, es, de, tr); anything else is one language.
     */
    private static List<String> languages(String column) {
        String language = column.strip();
        return language.equals("*") ? List.of("en", "fr", "es", "de", "tr") : List.of(language);
    }

    /**
     * {@code named-after-rulers.tsv}: every facility word of a language before every ruler's name of that language
     * (مطار + الملك عبدالعزيز), as an institution of the ruler's country.
     */
    static List<RawName> namedAfterRulers(NameKind kind) {
        List<String[]> rows = rows(NAMED_AFTER_RULERS, 3);
        Map<String, List<String>> facilities = new LinkedHashMap<>();
        rows.stream().filter(r -> r[0].strip().equals("facility"))
                .forEach(r -> facilities.computeIfAbsent(r[1].strip(), l -> new ArrayList<>()).add(r[2].strip()));
        List<RawName> out = new ArrayList<>();
        for (String[] ruler : rows) {
            if (ruler[0].strip().equals("ruler")) {
                String language = ruler[1].strip();
                for (String facility : facilities.getOrDefault(language, List.of())) {
                    out.add(new RawName(ruler[3].strip(), language, facility + " " + ruler[2].strip(), kind,
                            NAMED_AFTER_RULERS));
                }
            }
        }
        return out;
    }

    /**
     * {@code arab-persian-places.tsv}: {@code code, lang, name, source}: cities and capitals as cities, the
     * governorates, provinces and regions ({@code division}) as regions.
     */
    static List<RawName> arabPersianPlaces() {
        List<RawName> out = new ArrayList<>();
        for (String[] row : rows(ARAB_PERSIAN_PLACES, 4)) {
            NameKind kind = row[3].strip().equals("division") ? NameKind.REGION : NameKind.CITY;
            out.add(new RawName(row[0].strip(), row[1].strip(), row[2].strip(), kind,
                    ARAB_PERSIAN_PLACES + ":" + row[3].strip()));
        }
        return out;
    }

    /** The note of the not-places that name the reference currency, no place in a body but a headline's subject. */
    private static final String REFERENCE_CURRENCY = "the reference currency";
    /** The source of a not-place that blocks only in a body: {@code not-places.tsv} rows noted as the reference currency. */
    static final String BODY_ONLY_NOT_PLACE = "not-places.tsv:body";

    /**
     * {@code not-places.tsv}: {@code lang, phrase, note}. An English phrase that ends in a common noun stands for its
     * plural too (Dutch ovens, Swiss army knives, Iraq war veterans).
     */
    static List<RawName> notPlaces() {
        List<RawName> out = new ArrayList<>();
        for (String[] row : rows("not-places.tsv", 2)) {
            String note = row.length > 2 ? row[2].strip() : "";
            String source = note.startsWith(REFERENCE_CURRENCY) ? BODY_ONLY_NOT_PLACE
                    : "not-places.tsv:" + (note.startsWith("person") ? "person" : "other");
            String language = row[0].strip();
            String phrase = row[1].strip();
            out.add(new RawName(null, language, phrase, NameKind.NOT_PLACE, source));
            String plural = language.equals("en") ? englishPlural(phrase) : null;
            if (plural != null) {
                out.add(new RawName(null, language, plural, NameKind.NOT_PLACE, source));
            }
        }
        return out;
    }

    /**
     * The plural of an English phrase whose last word is a common noun in the singular (lower case, not ending in s),
     * or null: knife → knives, jersey → jerseys, lily → lilies, pouch → pouches.
     */
    static String englishPlural(String phrase) {
        int space = phrase.lastIndexOf(' ');
        String last = phrase.substring(space + 1);
        if (space < 0 || last.isEmpty() || !last.chars().allMatch(Character::isLowerCase) || last.endsWith("s")) {
            return null;
        }
        String head = phrase.substring(0, space + 1);
        if (last.endsWith("fe")) {
            return head + last.substring(0, last.length() - 2) + "ves";
        }
        if (last.endsWith("y") && last.length() > 1 && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            return head + last.substring(0, last.length() - 1) + "ies";
        }
        if (last.endsWith("x") || last.endsWith("z") || last.endsWith("ch") || last.endsWith("sh")) {
            return head + last + "es";
        }
        return head + last + "s";
    }

    /**
     * {@code news-agencies.tsv}: {@code code, lang, name, source}: a national agency's credit, not a place, so it
     * blocks like {@link #notPlaces()}, but it keeps its agency's country for the no-country fallback.
     */
    static List<RawName> newsAgencies() {
        List<RawName> out = new ArrayList<>();
        for (String[] row : rows(GazetteerEntry.NEWS_AGENCIES, 3)) {
            out.add(new RawName(row[0].strip(), row[1].strip(), row[2].strip(), NameKind.NOT_PLACE,
                    GazetteerEntry.NEWS_AGENCIES));
        }
        return out;
    }

    /**
     * {@code home-institutions.tsv}: {@code lang, phrase, note}: an institution named without its country (the
     * ministry, the municipality), which files a story only under its source's declared home country.
     */
    static List<RawName> homeInstitutions() {
        List<RawName> out = new ArrayList<>();
        for (String[] row : rows(GazetteerEntry.HOME_INSTITUTIONS, 2)) {
            out.add(new RawName(null, row[0].strip(), row[1].strip(), NameKind.NOT_PLACE,
                    GazetteerEntry.HOME_INSTITUTIONS));
        }
        return out;
    }

    /** {@code stop-names.tsv}: names that are common words: {@code name, languages (comma-separated), reason}. */
    static List<String[]> stopNames() {
        return rows("stop-names.tsv", 2).stream().map(r -> new String[] {r[0].strip(), r[1].strip()}).toList();
    }

    /**
     * {@code ambiguous-names.tsv}: {@code lang, name, default (or -), cues "AZ=باکو|علی اف;IR=تبریز"} and, optionally,
     * the kind of place every candidate is ({@code city}: طرابلس is a city in Libya and in Lebanon); without it the
     * name counts as a country's.
     */
    static List<AmbiguousRow> ambiguous() {
        List<AmbiguousRow> out = new ArrayList<>();
        for (String[] row : rows("ambiguous-names.tsv", 4)) {
            Map<String, List<String>> cues = new LinkedHashMap<>();
            for (String group : row[3].split(";")) {
                String[] kv = group.split("=", 2);
                if (kv.length == 2) {
                    cues.put(kv[0].strip(), List.of(kv[1].split("\\|")));
                }
            }
            String def = row[2].strip();
            NameKind kind = row.length > 4 && !row[4].isBlank()
                    ? NameKind.valueOf(row[4].strip().toUpperCase(Locale.ROOT)) : NameKind.AMBIGUOUS;
            out.add(new AmbiguousRow(row[0].strip(), row[1].strip(), def.equals("-") ? null : def, cues, kind));
        }
        return out;
    }

    /** {@code person-name-words.txt}: one word a line (Arabic given names and name particles). */
    static List<String> personNameWords() {
        return words("person-name-words.txt");
    }

    /** {@code not-given-names.txt}: one word a line, never a given name before a place (PersonNames). */
    static List<String> notGivenNames() {
        return words("not-given-names.txt");
    }

    /** Everyday given names of English-language news, lower case ({@code given-names-en.txt}). */
    static List<String> givenNamesEn() {
        return words("given-names-en.txt");
    }

    /** Everyday given names of Russian-language news, lower case ({@code given-names-ru.txt}). */
    static List<String> givenNamesRu() {
        return words("given-names-ru.txt");
    }

    /** One word a line, '#' lines the header. */
    private static List<String> words(String file) {
        List<String> words = new ArrayList<>();
        try (BufferedReader r = reader(file)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** {@code everyday-word-names.tsv}: {@code lang, word} (a town's name that is a word of that language). */
    static List<String[]> everydayWordNameRows() {
        return rows(EverydayWordNames.FILE, 2);
    }

    /** {@code name-context-words.tsv}: {@code role, lang, word}. */
    static List<String[]> nameContextWords() {
        return rows("name-context-words.tsv", 3);
    }

    /** The words of one role of {@code name-context-words.tsv}, folded, by language; the file is read once. */
    static Map<String, Set<String>> nameContextWords(String role) {
        return ContextWordsByRole.ROLES.getOrDefault(role, Map.of());
    }

    /** {@code name-context-words.tsv} by role, then language: read at the first reader that asks, and kept. */
    private static final class ContextWordsByRole {
        static final Map<String, Map<String, Set<String>>> ROLES = read();

        private static Map<String, Map<String, Set<String>>> read() {
            MatchFormNormalizer n = new MatchFormNormalizer();
            Map<String, Map<String, Set<String>>> roles = new HashMap<>();
            for (String[] row : nameContextWords()) {
                roles.computeIfAbsent(row[0], k -> new HashMap<>()).computeIfAbsent(row[1], k -> new HashSet<>())
                        .add(n.fold(row[2]));
            }
            return roles; // shared by every tagger and only read, safely published by the class's initialization
        }
    }

    /** {@code clubs.tsv}: {@code code, lang, name, source, also} (also: codes of clubs abroad of the same name). */
    static List<String[]> clubRows() {
        return rows(GazetteerEntry.CLUBS, 3);
    }

    /**
     * {@code regions.tsv} and {@link #WORLD_SUBDIVISIONS} rows that give, in a fifth column, the English name under
     * which the GeoNames admin1 file lists the subdivision: {@code code, lang, name, source, english}.
     */
    static List<String[]> subdivisionsInTheirLanguage() {
        return Stream.concat(rows("regions.tsv", 3).stream(), rows(WORLD_SUBDIVISIONS, 3).stream())
                .filter(r -> r.length > 4 && !r[4].isBlank()).toList();
    }

    /** {@code mention-roles.tsv}: {@code role, lang, word}. */
    static List<String[]> mentionRoleWords() {
        return rows("mention-roles.tsv", 3);
    }

    /** Rows of a table file with at least five columns ({@code us-ca-subdivisions.tsv}). */
    static List<String[]> subdivisionRows(String file) {
        return rows(file, 5);
    }

    /** One row of {@code ambiguous-names.tsv}, cues not yet folded. */
    record AmbiguousRow(String language, String name, String defaultCode, Map<String, List<String>> cues,
                        NameKind kind) {
    }

    /** {@code dateline-cities.tsv}: country, admin1, a city that stands alone in a wire dateline. */
    static List<String[]> datelineCityRows() {
        return rows("dateline-cities.tsv", 3);
    }

    /** {@code fr-departements.tsv}: country, admin1 (GeoNames/INSEE region code, "-" none), name. */
    static List<String[]> departementRows() {
        return rows("fr-departements.tsv", 3);
    }

    /** {@code international-seats.tsv}: {@code code, city names, body names} ({@code |} between names). */
    static List<String[]> internationalSeatRows() {
        return rows("international-seats.tsv", 3);
    }

    /** {@code dateline-agencies.tsv}: home country, the agency's name as a dateline writes it in brackets. */
    static List<String[]> datelineAgencyRows() {
        return rows("dateline-agencies.tsv", 2);
    }

    /** {@code primary-model.tsv}: {@code name, value} (thresholds, intercept, one weight per feature). */
    static List<String[]> primaryModelRows() {
        return rows(PrimaryModel.FILE, 2);
    }

    private static List<String[]> rows(String file, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = reader(file)) {
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (header) { // the first non-comment row names the columns
                    header = false;
                    continue;
                }
                if (cols.length < minColumns) {
                    throw new IllegalStateException(file + ": too few columns in: " + line);
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static BufferedReader reader(String file) {
        InputStream in = CuratedNames.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("missing gazetteer resource " + DIR + file);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
