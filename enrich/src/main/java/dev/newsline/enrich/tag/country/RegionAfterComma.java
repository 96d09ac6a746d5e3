package dev.newsline.enrich.tag.country;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the region a place name is followed by, after a comma: "Portland, Ore.", "Paris, Texas",
 * "Tripoli, Lebanon", "Hyderabad, Sindh"; or in brackets: "Valence (Drôme)", "Córdoba (Argentina)". One segment up to the next comma, bracket, dash or line end, at most
 * {@value #MAX_SEGMENT} characters: constant work per place name.
 */
final class RegionAfterComma {

    static final int MAX_SEGMENT = 40;
    private static final int MAX_TRIES = 3;

    /** A region read from the text, with where it is written. */
    record Region(Place place, int start, int end) {
    }

    private final CountryGazetteer gazetteer;

    RegionAfterComma(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The region written right after {@code end} (where a place name ends) in {@code text}, or null. */
    Region after(String text, int end) {
        int i = end;
        if (i + 1 < text.length() && text.charAt(i) == ' ' && text.charAt(i + 1) == '(') {
            return inBrackets(text, i + 1, text.length());
        }
        if (i >= text.length() || (text.charAt(i) != ',' && text.charAt(i) != '\u060C')) {
            return null;
        }
        i++;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        // regions are names: a capital in cased scripts ("Paris, officials said" is no region), a letter anyway
        if (start >= text.length() || !Character.isLetter(text.charAt(start))
                || Character.isLowerCase(text.charAt(start))) {
            return null;
        }
        int limit = Math.min(text.length(), start + MAX_SEGMENT);
        while (i < limit && !endsSegment(text, i)) {
            i++;
        }
        // the region is a prefix of the segment ending at a word end: "Ore. The company said" holds "Ore."
        List<Integer> cuts = new ArrayList<>();
        for (int k = start; k < i; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                cuts.add(k + 1);
            } else if (c == ' ' && k > start && text.charAt(k - 1) != '.') {
                cuts.add(k);
            }
        }
        cuts.add(i);
        for (int c = cuts.size() - 1; c >= 0 && c >= cuts.size() - MAX_TRIES; c--) {
            int stop = cuts.get(c);
            while (stop > start && text.charAt(stop - 1) == ' ') {
                stop--;
            }
            if (stop > start) {
                Place p = region(text.substring(start, stop));
                if (p == null && text.charAt(stop - 1) == '.') {
                    p = region(text.substring(start, stop - 1));
                    stop = p == null ? stop : stop - 1;
                }
                if (p != null) {
                    return new Region(p, start, stop);
                }
            }
        }
        return null;
    }

    /**
     * The region written right after {@code end}, where the name of {@code town} ends (null for a town the gazetteer
     * does not know), read against the town's places where the region lies in a country none of them does:
     * <ul>
     *   <li>a name that is a state's and a country's (Georgia) is the country after a town of that country ("BATUMI,
     *   Georgia"), and the state after a town that lies there or that the gazetteer does not know ("ALBANY, Georgia",
     *   "a farm near Millbrook, Georgia");</li>
     *   <li>a name that is another country's subdivision and a town of the town's own country is that town's province
     *   ("PONFERRADA (LEÓN)" is Spain's León, not Nicaragua's department).</li>
     * </ul>
     */
    Region after(String text, int end, GazetteerEntry town) {
        Region r = after(text, end);
        if (r == null || r.place().admin1() == null || town == null
                || town.places().stream().anyMatch(p -> p.within(r.place()))) {
            return r;
        }
        GazetteerEntry named = gazetteer.lookup(Folding.key(text.substring(r.start(), r.end())));
        if (named == null) {
            return r;
        }
        Set<String> townCountries = new LinkedHashSet<>();
        town.places().forEach(p -> townCountries.add(p.code()));
        if (town.code() != null) {
            townCountries.add(town.code()); // a capital CLDR names without its places
        }
        for (String code : townCountries) {
            if (!code.equals(r.place().code()) && named.ambiguity() != null
                    && named.ambiguity().cues().containsKey(code)) {
                return new Region(new Place(code, null, 0), r.start(), r.end());
            }
        }
        if (townCountries.contains(r.place().code())) {
            return r;
        }
        for (Place p : named.places()) {
            if (p.population() > 0 && town.places().stream().anyMatch(t -> t.code().equals(p.code()))) {
                return new Region(new Place(p.code(), p.admin1(), 0), r.start(), r.end());
            }
        }
        return r;
    }

    /**
     * In English, the country or region a town is said to lie in right after its name: "Lagos in Portugal", "Lagos
     * on Portugal's Algarve coast", "Hyderabad in southern Pakistan" (one compass word may stand between). "on" takes
     * only a possessive, the part of a country a town lies on; a bare "on" is what happens there ("talks in Geneva on
     * Iran"). Capitalized words up to the next non-name are read, at most {@value #MAX_SEGMENT} characters.
     */
    Region afterPreposition(String text, int end) {
        boolean on = text.startsWith(" on ", end);
        if (!on && !text.startsWith(" in ", end)) {
            return null;
        }
        int start = end + 4;
        for (String compass : COMPASS) {
            if (text.startsWith(compass + " ", start)) {
                start += compass.length() + 1;
                break;
            }
        }
        int i = start;
        int limit = Math.min(text.length(), start + MAX_SEGMENT);
        int stop = -1;
        while (i < limit && Character.isUpperCase(text.charAt(i))) {
            while (i < limit && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-'
                    || text.charAt(i) == '.')) {
                i++;
            }
            stop = i;
            if (i + 1 < limit && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (stop < 0) {
            return null;
        }
        boolean possessive = text.startsWith("'s ", stop) || text.startsWith("\u2019s ", stop);
        if (on && !possessive) {
            return null;
        }
        Place p = region(text.substring(start, stop));
        return p == null ? null : new Region(p, start, stop);
    }

    /**
     * In Arabic and Persian, the state or province a town is said to lie in right after its name, behind a word for
     * a state or province: "الإسكندرية بولاية فرجينيا", "باريس في ولاية تكساس", "پاریس در ایالت تگزاس". Arabic script
     * shows no capitals, so the one to three words after the connector are tried, longest first.
     */
    Region afterStateWord(String text, int end) {
        int start = -1;
        for (String connector : STATE_CONNECTORS) {
            if (text.startsWith(connector, end)) {
                start = end + connector.length();
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        List<Integer> cuts = new ArrayList<>();
        int limit = Math.min(text.length(), start + MAX_SEGMENT);
        for (int i = start; i < limit && cuts.size() < MAX_TRIES; i++) {
            if (!Character.isLetter(text.charAt(i)) && text.charAt(i) != '\u200C') {
                cuts.add(i);
                if (text.charAt(i) != ' ') {
                    break;
                }
            }
        }
        if (cuts.size() < MAX_TRIES && limit == text.length()) {
            cuts.add(limit);
        }
        for (int c = cuts.size() - 1; c >= 0; c--) {
            if (cuts.get(c) > start) {
                String segment = text.substring(start, cuts.get(c));
                Place p = region(segment);
                if (p != null && p.admin1() != null) {
                    return new Region(p, start, cuts.get(c));
                }
                GazetteerEntry e = p == null ? null : gazetteer.lookup(Folding.key(segment));
                if (e != null && e.kind() == NameKind.REGION) {
                    // a state the curated files name in Arabic script without its GeoNames code is still a state
                    return new Region(new Place(p.code(), UNCODED_SUBDIVISION, 0), start, cuts.get(c));
                }
            }
        }
        return null;
    }

    /** The subdivision code of a state or province known by a curated name alone, which no town's code equals. */
    static final String UNCODED_SUBDIVISION = "?";

    /** The words after a town that say which state or province it lies in, with their spaces. */
    private static final List<String> STATE_CONNECTORS = List.of(" بولاية ", " في ولاية ", " بمقاطعة ",
            " في مقاطعة ", " در ایالت ", " در ايالت ");

    /** Compass words that may stand between "in" and the country: "in southern Pakistan". */
    private static final List<String> COMPASS = List.of("northern", "southern", "eastern", "western", "central",
            "north-western", "north-eastern", "south-western", "south-eastern", "northwestern", "northeastern",
            "southwestern", "southeastern", "northwest", "northeast", "southwest", "southeast");

    /**
     * The region in brackets that opens at {@code open} and closes before {@code limit}: "Valence (Drôme)", "PARIS
     * (Texas)", "Córdoba (Argentina)"; a French département first, then any region {@link #region} reads.
     */
    Region inBrackets(String text, int open, int limit) {
        if (open >= limit || (text.charAt(open) != '(' && text.charAt(open) != '/')) {
            return null;
        }
        // TASS writes the region between slashes: "ДАВОС /Швейцария/, 3 декабря. /ТАСС/."
        char closing = text.charAt(open) == '(' ? ')' : '/';
        int close = -1;
        for (int i = open + 1; i < Math.min(limit, open + MAX_SEGMENT + 2) && close < 0; i++) {
            close = text.charAt(i) == closing ? i : -1;
        }
        if (close < 0) {
            return null;
        }
        String segment = text.substring(open + 1, close);
        Place p = gazetteer.subdivisions().departement(segment);
        p = p != null ? p : region(segment);
        return p == null ? null : new Region(p, open + 1, close);
    }

    /** A state, province or country named by {@code segment} alone, if it names exactly one. */
    Place region(String segment) {
        String key = Folding.key(segment);
        List<Place> subdivisions = gazetteer.subdivisions().lookup(segment, key);
        if (subdivisions.size() == 1) {
            return subdivisions.get(0);
        }
        GazetteerEntry e = gazetteer.lookup(key);
        if (e != null && e.code() != null && e.ambiguity() == null && e.kind().countryName()) {
            return new Place(e.code(), null, 0);
        }
        if (e != null && e.kind() == NameKind.REGION && e.code() != null) {
            return e.places().stream().filter(p -> p.code().equals(e.code())).findFirst()
                    .orElse(new Place(e.code(), null, 0));
        }
        return null;
    }

    /** Whether {@code segment} is also a country's name or short form (Georgia, Jordan): then a list may be meant. */
    boolean namesCountry(String segment) {
        GazetteerEntry e = gazetteer.lookup(Folding.key(segment));
        return e != null && (e.kind().countryName() || e.kind() == NameKind.AMBIGUOUS || e.ambiguity() != null);
    }

    /**
     * Whether a region read up to {@code end} closes its phrase there: a comma, a full stop, a bracket, a dash or the
     * text's end ("Peru, Ind., said", "Ind. The plant will close"), not a word that goes on ("Ind. plant workers").
     */
    static boolean closesAt(String text, int end) {
        int e = end;
        while (e < text.length() && text.charAt(e) == '.') {
            e++;
        }
        return e >= text.length() || ",;:()\u2014\u2013-\n".indexOf(text.charAt(e)) >= 0
                || (text.charAt(e) == ' ' && e + 1 < text.length() && !Character.isLetter(text.charAt(e + 1)))
                || (text.charAt(e - 1) == '.' && text.charAt(e) == ' ');
    }

    private static boolean endsSegment(String text, int i) {
        char c = text.charAt(i);
        return c == ',' || c == '\u060C' || c == '(' || c == ')' || c == '\n' || c == ';' || c == ':'
                || c == '\u2014' || c == '\u2013' || Character.isDigit(c)
                || (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == ' ');
    }
}
