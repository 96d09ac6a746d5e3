package dev.newsline.enrich.tag.country;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The region written after a city and a comma ("PORTLAND, Ore.", "Paris, Texas", "Hyderabad, Sindh"): US states
 * and Canadian provinces by name, postal code or wire abbreviation ({@code us-ca-subdivisions.tsv}), and every
 * first-level subdivision GeoNames names. Abbreviations and postal codes count only in that position; French
 * départements ({@code fr-departements.tsv}) only in brackets after a town ("VALENCE (Drôme)").
 */
final class Subdivisions {

    static final String FILE = "us-ca-subdivisions.tsv";

    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, Place> byAbbreviation = new HashMap<>();
    private final Map<String, Place> byPostal = new HashMap<>();
    private final Map<String, Place> departements = new HashMap<>();

    /** The curated US/Canada table alone. */
    static Subdivisions curated() {
        Subdivisions s = new Subdivisions();
        for (String[] row : CuratedNames.subdivisionRows(FILE)) {
            Place p = new Place(row[0].strip(), row[1].strip(), 0);
            s.addName(row[2].strip(), p);
            s.byPostal.put(row[3].strip(), p);
            if (!row[4].strip().equals("-")) {
                for (String abbreviation : row[4].split("\\|")) {
                    s.byAbbreviation.put(abbreviationKey(abbreviation), p);
                }
            }
        }
        for (String[] row : CuratedNames.departementRows()) {
            String admin1 = row[1].strip();
            s.departements.put(Folding.key(row[2].strip()), new Place(row[0].strip(), admin1.equals("-") ? null : admin1, 0));
        }
        return s;
    }

    /**
     * The French département {@code segment} names ({@code fr-departements.tsv}), or null: only for a name in brackets
     * after a town ("VALENCE (Drôme)"), where nothing else is meant.
     */
    Place departement(String segment) {
        return departements.get(Folding.key(segment));
    }

    /** Full US state and Canadian province names, for the trie: they are place names anywhere. */
    static List<RawName> curatedNames() {
        List<RawName> out = new ArrayList<>();
        for (String[] row : CuratedNames.subdivisionRows(FILE)) {
            out.add(new RawName(row[0].strip(), "en,fr,de,es,tr", row[2].strip(), NameKind.REGION, FILE));
        }
        return out;
    }

    void addName(String name, Place place) {
        // GeoNames and the curated table both name each US state and Canadian province: one place, not two, so that
        // "ALBANY, Georgia" reads the one state Georgia names as a subdivision
        List<Place> places = byName.computeIfAbsent(nameKey(name), k -> new ArrayList<>());
        if (!places.contains(place)) {
            places.add(place);
        }
    }

    /**
     * The subdivisions {@code segment} (one comma-separated part, as written) may name: a postal code written in
     * capitals, a wire abbreviation (any case: datelines write "MICH."), or a full name.
     */
    List<Place> lookup(String segment) {
        return lookup(segment, nameKey(segment));
    }

    /** As {@link #lookup(String)}, with the segment's gazetteer key already folded. */
    List<Place> lookup(String segment, String foldedKey) {
        String s = segment.strip();
        if (s.length() == 2 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
            Place p = byPostal.get(s);
            return p == null ? List.of() : List.of(p);
        }
        Place abbreviated = byAbbreviation.get(abbreviationKey(s));
        if (abbreviated != null) {
            return List.of(abbreviated);
        }
        return byName.getOrDefault(foldedKey, List.of());
    }

    private String nameKey(String name) {
        return Folding.key(name);
    }

    private static String abbreviationKey(String abbreviation) {
        return abbreviation.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
