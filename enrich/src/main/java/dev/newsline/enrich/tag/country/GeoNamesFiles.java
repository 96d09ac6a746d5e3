package dev.newsline.enrich.tag.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a GeoNames extract ({@code cities15000.txt}, {@code admin1CodesASCII.txt}; GeoNames, CC BY 4.0) from a
 * folder outside the project, at start-up: the data is never copied into the repository.
 */
final class GeoNamesFiles {

    static final String CITIES = "cities15000.txt";
    static final String ADMIN1 = "admin1CodesASCII.txt";
    /** GeoNames' feature code for a section of a populated place (a borough, a district). */
    private static final String SECTION = "PPLX";
    /**
     * A section this big is a place the press names alone (Brooklyn, Manhattan, Kowloon, Navi Mumbai); the other
     * sections are neighbourhoods, left out as the towns' own names are enough.
     */
    static final long BIG_SECTION = 1_000_000;

    /** Latin alternate names of smaller places are mostly other languages' spellings nobody we read uses. */
    static final long LATIN_ALTERNATES_FROM = 100_000;

    /**
     * A name GeoNames gives a place, with the place and the languages (by script) that may write it; {@code main} for
     * the place's own name (and its ASCII spelling), not one of its alternate names; {@code capital} for a country's
     * seat of government (feature code PPLC).
     */
    record GeoName(String name, Place place, NameKind kind, Set<String> languages, boolean main, boolean capital) {
    }

    private GeoNamesFiles() {
    }

    /** Whether {@code dir} holds both files. */
    static boolean present(Path dir) {
        return Files.isRegularFile(dir.resolve(CITIES)) && Files.isRegularFile(dir.resolve(ADMIN1));
    }

    /** Every usable name of every populated place and first-level subdivision. */
    static List<GeoName> read(Path dir) {
        List<GeoName> out = new ArrayList<>();
        readCities(dir.resolve(CITIES), out);
        readAdmin1(dir.resolve(ADMIN1), out);
        return out;
    }

    private static void readCities(Path file, List<GeoName> out) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] c = line.split("\t", -1);
                if (c.length < 15 || !c[6].equals("P") || c[8].length() != 2) {
                    continue;
                }
                long population = parsePopulation(c[14]);
                if (!populatedPlace(c[7]) && !(c[7].equals(SECTION) && population >= BIG_SECTION)) {
                    continue;
                }
                Place place = new Place(c[8], c[10].isEmpty() ? null : c[10], population);
                Set<String> names = new LinkedHashSet<>(List.of(c[1], c[2]));
                // a section's alternate names run into its city's and its region's (Navi Mumbai's "Maharashtra")
                for (String alt : c[7].equals(SECTION) ? new String[0] : c[3].split(",")) {
                    Script s = Script.of(alt);
                    if (s == Script.ARABIC || s == Script.CYRILLIC || population >= LATIN_ALTERNATES_FROM) {
                        names.add(alt);
                    }
                }
                boolean capital = c[7].equals("PPLC");
                for (String n : names) {
                    add(n.strip(), place, NameKind.CITY, n.equals(c[1]) || n.equals(c[2]), capital, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readAdmin1(Path file, List<GeoName> out) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] c = line.split("\t", -1);
                int dot = c[0].indexOf('.');
                if (c.length < 3 || dot != 2) {
                    continue;
                }
                Place place = new Place(c[0].substring(0, 2), c[0].substring(3), 0);
                for (String n : new LinkedHashSet<>(List.of(c[1], c[2]))) {
                    add(n.strip(), place, NameKind.REGION, true, false, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps names a reader of our languages may meet: in Latin, Cyrillic or Arabic script, proper names written
     * with a capital (GeoNames' lower-case romanizations and all-capital codes are not), 4+ letters.
     */
    private static void add(String name, Place place, NameKind kind, boolean main, boolean capital,
                            List<GeoName> out) {
        Script script = Script.of(name);
        if (script == Script.OTHER || letters(name) < 4) {
            return;
        }
        if (script != Script.ARABIC && (!Character.isUpperCase(name.codePointAt(0)) || NameFilter.isAcronym(name))) {
            return;
        }
        out.add(new GeoName(name, place, kind, script.languages, main, capital));
    }

    /** Populated places, not their sections, historical, abandoned or destroyed ones. */
    private static boolean populatedPlace(String featureCode) {
        return featureCode.startsWith("PPL") && !featureCode.equals("PPLX") && !featureCode.equals("PPLH")
                && !featureCode.equals("PPLQ") && !featureCode.equals("PPLW");
    }

    private static long parsePopulation(String s) {
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isDigit(ch)) {
                return 0;
            }
            if (Character.isLetter(ch)) {
                n++;
            }
        }
        return n;
    }

    /** The script of a name, and the article languages we read that write it. */
    enum Script {
        LATIN(Set.of("en", "fr", "de", "es", "tr")),
        CYRILLIC(Set.of("ru")),
        ARABIC(Set.of("ar", "fa", "ur")),
        OTHER(Set.of());

        final Set<String> languages;

        Script(Set<String> languages) {
            this.languages = languages;
        }

        static Script of(String name) {
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!Character.isLetter(c)) {
                    continue;
                }
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                return s == Character.UnicodeScript.LATIN ? LATIN : s == Character.UnicodeScript.CYRILLIC ? CYRILLIC
                        : s == Character.UnicodeScript.ARABIC ? ARABIC : OTHER;
            }
            return OTHER;
        }
    }
}
