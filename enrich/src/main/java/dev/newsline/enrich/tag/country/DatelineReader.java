package dev.newsline.enrich.tag.country;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the dateline that opens a wire story, by a single left-to-right scan of at most {@value #MAX_PREFIX}
 * characters (no regular expression, so no backtracking):
 * <ul>
 *   <li>"CITY, Region, Date (Agency) -", "CITY (Agency) —", "CITY, 3 mars (AFP) -", "PARIS (Texas) (AFP) -",
 *       "МОСКВА, 3 мар —", "КРАСНОДАР, 1 сентября. /ТАСС/.", "АСТАНА. КАЗИНФОРМ –",
 *       "İSTANBUL (AA) -", "Berlin (dpa) -", "Hong Kong (CNN Business) A …": the first part before a dash or
 *       colon (or CNN's credit), in capitals, or in any case when an agency, a date or a region follows; of
 *       "NEW DELHI/ISLAMABAD" or "FRANKFURT/MAIN" the first place;</li>
 *   <li>an Arabic-script first line, Arabic or Persian: {@link ArabicDatelineLine};</li>
 *   <li>a Persian agency's lead, within {@value #MAX_LEAD} characters: {@link PersianLeadDateline}.</li>
 * </ul>
 * The place must be a name the gazetteer knows, or be followed by a region it knows ("DEARBORN, MICH."), or be a
 * city that stands alone in datelines ({@code dateline-cities.tsv}: "ST. LOUIS", "MONTREAL"), which then carries
 * its state or province as if written after it, or be credited to an agency of {@code dateline-agencies.tsv}, whose
 * style writes only home towns bare: the unknown town is then placed in the agency's country. The credits are read by
 * {@link DatelineCredits}, the names looked up by {@link DatelinePlaces}, the characters tested by
 * {@link DatelineText}.
 */
final class DatelineReader {

    static final int MAX_PREFIX = 100;
    /** Name words of a byline ("By Jane Q. Doe") skipped before a dateline. */
    private static final int MAX_BYLINE_WORDS = 4;
    /** How far into the body a Persian lead's dateline may stand. */
    static final int MAX_LEAD = 600;

    private final RegionAfterComma regions;
    private final Map<String, Place> standAlone = new HashMap<>();
    private final DatelinePlaces places;
    private final DatelineCredits credits;
    private final ArabicDatelineLine arabicLine;
    private final PersianLeadDateline persianLead;
    /** The words that close a staff byline ("Our Bureau", "HT Correspondent"), lower case. */
    private final Set<String> staffBylineWords = new HashSet<>();

    DatelineReader(CountryGazetteer gazetteer, RegionAfterComma regions) {
        this.regions = regions;
        this.places = new DatelinePlaces(gazetteer);
        for (String[] row : CuratedNames.datelineCityRows()) {
            standAlone.put(standAloneKey(row[2].strip()), new Place(row[0].strip(), row[1].strip(), 0));
        }
        this.credits = new DatelineCredits();
        this.arabicLine = new ArabicDatelineLine(places, credits);
        this.persianLead = new PersianLeadDateline(places);
        CuratedNames.nameContextWords("staff-byline").values()
                .forEach(words -> words.forEach(w -> staffBylineWords.add(w.toLowerCase(Locale.ROOT))));
    }

    /** The wire agencies' dateline credits this reader knows, with their home countries. */
    DatelineCredits credits() {
        return credits;
    }

    /** A city name's key with a leading "St."/"Ft."/"Mt." read as Saint/Fort/Mount, as datelines abbreviate them. */
    static String standAloneKey(String name) {
        String n = name.strip();
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.startsWith("st. ") || lower.startsWith("st ")) {
            n = "Saint " + n.substring(n.indexOf(' ') + 1);
        } else if (lower.startsWith("ft. ") || lower.startsWith("ft ")) {
            n = "Fort " + n.substring(n.indexOf(' ') + 1);
        } else if (lower.startsWith("mt. ") || lower.startsWith("mt ")) {
            n = "Mount " + n.substring(n.indexOf(' ') + 1);
        }
        return Folding.key(n);
    }

    /** The body's dateline, or null. */
    Dateline read(String body) {
        int i = 0;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        if (PersianLeadDateline.opensAt(body, i)) {
            return persianLead.opening(body, i);
        }
        int start = afterByline(body, i);
        int staff = start == i ? afterStaffByline(body, i) : i;
        Dateline d = staff > i ? wire(body, staff, true) : wire(body, start, false);
        if (d != null || i >= body.length() || !CliticStripper.isArabicScript(body.charAt(i))) {
            return d;
        }
        return persianLead.inLead(body, i, Math.min(body.length(), i + MAX_LEAD));
    }

    /**
     * A dash with a space on either side, an em or en dash, a colon: what ends a dateline ({@link
     * DatelineText#isSeparator}).
     */
    static boolean isSeparator(String s, int i) {
        return DatelineText.isSeparator(s, i);
    }

    /**
     * Where the dateline starts after an English byline: "By Jane Doe" on its own line, or on the dateline's line
     * before an upper-case place ("By Jane Doe BUDAPEST, Jan 5 (Reuters) -"), also behind the outlet a bar names ("By
     * Elena Cruz | Houston Chronicle HOUSTON —"); at most {@value #MAX_BYLINE_WORDS} name words. Else {@code from}.
     */
    private static int afterByline(String body, int from) {
        if (!body.startsWith("By ", from)) {
            return from;
        }
        int i = from + 3;
        for (int word = 0; word < MAX_BYLINE_WORDS && i < body.length(); word++) {
            if (word > 0 && body.charAt(i) == '|') {
                return afterOutlet(body, i + 1, from); // "By Elena Cruz | Houston Chronicle HOUSTON —"
            }
            int end = nameWordEnd(body, i);
            if (end == i || !Character.isUpperCase(body.charAt(i))) {
                return from;
            }
            if (word > 0 && inCapitals(body, i, end)) {
                return i; // "By Jane Doe BUDAPEST": the place starts here
            }
            int next = end;
            while (next < body.length() && (body.charAt(next) == ' ' || body.charAt(next) == '\t')) {
                next++;
            }
            if (next < body.length() && (body.charAt(next) == '\n' || body.charAt(next) == '\r') && word > 0) {
                while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                    next++;
                }
                return next; // the byline's own line ends: the dateline opens the next one
            }
            i = next;
        }
        return from;
    }

    /**
     * Where the dateline starts after the outlet a byline names behind a bar, from {@code i}: "| Houston Chronicle
     * HOUSTON —", "| Olean Times Herald CUBA, N.Y. —": the first word in capitals after at most {@value
     * #MAX_BYLINE_WORDS} capitalized ones. Else {@code from}: no dateline follows ("| The Seattle Times King County").
     */
    private static int afterOutlet(String body, int i, int from) {
        for (int word = 0; word <= MAX_BYLINE_WORDS; word++) {
            while (i < body.length() && body.charAt(i) == ' ') {
                i++;
            }
            int end = nameWordEnd(body, i);
            if (end == i || !Character.isUpperCase(body.charAt(i))) {
                return from;
            }
            if (inCapitals(body, i, end)) {
                return i;
            }
            i = end;
        }
        return from;
    }

    /** The end of the name word at {@code i}: letters, full stops, hyphens and apostrophes (Jane, Q., O'Neil). */
    private static int nameWordEnd(String body, int i) {
        int end = i;
        while (end < body.length() && (Character.isLetter(body.charAt(end)) || body.charAt(end) == '.'
                || body.charAt(end) == '-' || body.charAt(end) == '\'')) {
            end++;
        }
        return end;
    }

    /** Whether the word from {@code i} to {@code end} is in capitals, two letters or more: an initial ("Q.") is no place. */
    private static boolean inCapitals(String body, int i, int end) {
        int letters = 0;
        for (int k = i; k < end; k++) {
            letters += Character.isLetter(body.charAt(k)) ? 1 : 0;
        }
        return DatelineText.allCapitals(body, i, end) && letters > 1;
    }

    /**
     * Where the dateline starts after a South Asian paper's staff byline, which names no person: "Our Bureau
     * BENGALURU:", "HT Correspondent Mumbai:", "Express News Service Chennai:" (a {@code staff-byline} word of
     * {@code name-context-words.tsv} closes it, at most {@value #MAX_BYLINE_WORDS} capitalized words in). Else
     * {@code from}.
     */
    private int afterStaffByline(String body, int from) {
        int i = from;
        for (int word = 0; word < MAX_BYLINE_WORDS && i < body.length(); word++) {
            int end = i;
            while (end < body.length() && Character.isLetter(body.charAt(end))) {
                end++;
            }
            if (end == i || !Character.isUpperCase(body.charAt(i))) {
                return from;
            }
            int next = end;
            while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                next++;
            }
            if (word > 0 && staffBylineWords.contains(body.substring(i, end).toLowerCase(Locale.ROOT))) {
                return next;
            }
            i = next;
        }
        return from;
    }

    /**
     * The wire dateline at {@code from}; {@code afterStaff}: after a staff byline, where the town may be written in
     * title case ("HT Correspondent Mumbai:"), since nothing but a dateline stands there.
     */
    private Dateline wire(String body, int from, boolean afterStaff) {
        int limit = Math.min(body.length(), from + MAX_PREFIX);
        boolean arabicScript = from < body.length() && CliticStripper.isArabicScript(body.charAt(from));
        int cityEnd = -1;
        boolean agency = false;
        int separator = -1;
        for (int i = from; i < limit; i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                break;
            }
            if (cityEnd < 0 && (c == ',' || c == '\u060C' || c == '(' || slashedRegionOpens(body, from, i)
                    || DatelineCredits.capitalsThenCredit(body, from, i))) {
                cityEnd = i;
            }
            if (c == '(') {
                agency = true;
            }
            if (c == ')' && agency && cityEnd >= 0 && credits.closesWithoutDash(body, cityEnd, i)) {
                separator = i + 1;
                break;
            }
            // the slashes right after the town hold its region (ДАВОС /Швейцария/,), the later ones the credit
            int slashed = cityEnd >= 0 && i != cityEnd ? DatelineCredits.closingSlash(body, i, limit) : -1;
            if (slashed > 0) {
                // TASS closes its dateline with the agency between slashes: "КРАСНОДАР, 1 сентября. /ТАСС/."
                agency = true;
                separator = slashed;
                break;
            }
            if (DatelineText.isSeparator(body, i) || (arabicScript && Character.isDigit(c))) {
                separator = i;
                break;
            }
        }
        if (separator < 0) {
            return null;
        }
        if (arabicScript) {
            Dateline d = arabicLine.read(body, from, separator, limit);
            if (d != null) {
                return d;
            }
        }
        int end = DatelineText.trimEnd(body, from, cityEnd < 0 ? separator : cityEnd);
        int slash = body.indexOf('/', from);
        if (slash > from && slash < end && !arabicScript) {
            // "NEW DELHI/ISLAMABAD": a story filed from two places, the first is the dateline; "FRANKFURT/MAIN", a
            // city with its river, is a name known whole
            int first = DatelineText.trimEnd(body, from, slash);
            if (first <= from || !DatelineText.plausibleCity(body, from, first)
                    || !(DatelineText.allCapitals(body, from, end) || agency)) {
                return null;
            }
            int place = places.known(body.substring(from, end)) != null ? end : first;
            return places.known(body.substring(from, place)) == null ? null : new Dateline(from, place, null, -1, -1);
        }
        if (end <= from || !DatelineText.plausibleCity(body, from, end)) {
            return null;
        }
        String home = agency ? credits.agencyHome(body, end, separator) : null;
        RegionAfterComma.Region region = body.charAt(end) == ',' || body.charAt(end) == '\u060C'
                ? regions.after(body, end, places.known(body.substring(from, end)))
                : inParentheses(body, end, separator, home);
        boolean dated = false;
        for (int i = end; i < separator; i++) {
            dated |= Character.isDigit(body.charAt(i));
        }
        if (region == null && !arabicScript && (DatelineText.allCapitals(body, from, end) || agency || dated)) {
            Place alone = standAlone.get(standAloneKey(body.substring(from, end)));
            if (alone == null && !places.placeAtHome(body.substring(from, end), home)) {
                // "SANTIAGO (AFP) -" is Chile's all the same
                alone = places.bareForeignPlace(body.substring(from, end));
                alone = alone != null ? alone : places.capitalOverSmallerHomeTowns(body.substring(from, end), home);
            }
            region = alone == null ? null : new RegionAfterComma.Region(alone, from, end);
        }
        if (!arabicScript && !DatelineText.allCapitals(body, from, end) && !agency && !dated && region == null
                && !afterStaff) {
            return null; // "Trump: …", "Israel - Hamas …" are not datelines
        }
        if (places.known(body.substring(from, end)) == null && region == null) {
            if (home == null || !places.worldTowns()) {
                return null;
            }
            // an agency's style book sets a foreign town's country after it and writes a home town bare: a town the
            // world gazetteer does not know (under 15,000 people), bare before the credit, is one at home
            // ("DELÉMONT (ATS)", "Penig (dpa/sn)"); without the world's towns, "MEDELLÍN (EFE)" would be unknown too
            return Dateline.homeTown(from, end, home);
        }
        return region == null ? new Dateline(from, end, null, -1, -1, home)
                : new Dateline(from, end, region.place(), region.start(), region.end(), home);
    }

    /**
     * Whether a slash at {@code i} opens TASS's region after the town, "ДАВОС /Швейцария/,": after a space, and not
     * the agency's own slashes, which follow the date.
     */
    private static boolean slashedRegionOpens(String body, int from, int i) {
        return body.charAt(i) == '/' && i > from && body.charAt(i - 1) == ' '
                && body.substring(from, i).chars().noneMatch(Character::isDigit);
    }

    /**
     * French and Spanish write the region in brackets: "PARIS (Texas), 3 mars (AFP) -", "Houston (Etats-Unis)"; or a
     * province named after its chief town ({@link #provinceInBrackets}).
     */
    private RegionAfterComma.Region inParentheses(String body, int end, int separator, String home) {
        int i = end;
        while (i < separator && body.charAt(i) == ' ') {
            i++;
        }
        int open = i;
        if (open >= separator || (body.charAt(open) != '(' && !slashedRegionOpens(body, end, open))) {
            return null;
        }
        RegionAfterComma.Region region = regions.inBrackets(body, open, separator);
        if (region != null && (home == null || region.place().code().equals(home))) {
            return region;
        }
        // the credited agency's home province first: "PONFERRADA (LEÓN)" is Spain's León for Europa Press, not
        // Nicaragua's department of the name
        RegionAfterComma.Region province = provinceInBrackets(body, open, separator, home);
        return province != null && (region == null || province.place().code().equals(home)) ? province : region;
    }

    /**
     * A province named after its chief town, in brackets after a small town: "TRUJILLO (Cáceres), 28 abr (EFE).-",
     * "Bra (Cuneo)". The bracketed town stands for its province when GeoNames files it under one country, or under
     * the credited agency's home among several (Cáceres is in Spain and Brazil; EFE's is Spain's).
     */
    private RegionAfterComma.Region provinceInBrackets(String body, int open, int separator, String home) {
        int close = body.indexOf(')', open);
        if (close < 0 || close > separator) {
            return null;
        }
        GazetteerEntry e = places.known(body.substring(open + 1, close));
        if (e == null || e.kind() != NameKind.CITY || e.ambiguity() != null) {
            return null;
        }
        // the credited agency's home first: its style writes a home province bare ("PONFERRADA (LEÓN)" is Spain's
        // León for Europa Press, though Mexico's León is the bigger city)
        boolean atHome = home != null && e.placedIn(home);
        String code = atHome ? home : e.code() != null ? e.code() : home;
        return e.places().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> new RegionAfterComma.Region(new Place(p.code(), p.admin1(), 0), open + 1, close))
                .orElse(null);
    }
}
