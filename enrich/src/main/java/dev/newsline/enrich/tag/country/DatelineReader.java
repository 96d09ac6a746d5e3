package dev.newsline.enrich.tag.country;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the dateline that opens a wire story, by a single left-to-right scan of at most {@value #MAX_PREFIX}
 * characters (no regular expression, so no backtracking):
 * <ul>
 *   <li>"CITY, Region, Date (Agency) -", "CITY (Agency) —", "CITY, 3 mars (AFP) -", "PARIS (Texas) (AFP) -", "МОСКВА, 3 мар —",
 *       "КРАСНОДАР, 1 сентября. /ТАСС/.", "АСТАНА. КАЗИНФОРМ –",
 *       "İSTANBUL (AA) -", "Berlin (dpa) -": the first part before a dash or colon, in capitals, or in any case
 *       when an agency, a date or a region follows; of "NEW DELHI/ISLAMABAD" or "FRANKFURT/MAIN" the first place;</li>
 *   <li>Arabic and Persian "القاهرة - (رويترز) -", "الرياض:", "تهران- ایرنا-": at most three words before the
 *       first dash or colon;</li>
 *   <li>Persian "به گزارش … از تبریز،": the words after the last «از» of the opening clause.</li>
 * </ul>
 * The place must be a name the gazetteer knows, or be followed by a region it knows ("DEARBORN, MICH."), or be a
 * city that stands alone in datelines ({@code dateline-cities.tsv}: "ST. LOUIS", "MONTREAL"), which then carries
 * its state or province as if written after it, or be credited to an agency of {@code dateline-agencies.tsv}, whose
 * style writes only home towns bare: the unknown town is then placed in the agency's country.
 */
final class DatelineReader {

    static final int MAX_PREFIX = 100;
    private static final int MAX_CITY_WORDS = 4;
    /** The word "on" between an Arabic dateline's place and its date (MENA, WAM, QNA: "الكويت في 08 ديسمبر"). */
    private static final String ON_DATE = " في";

    /** The longest agency credit between slashes, a TASS correspondent's name included. */
    private static final int MAX_SLASHED = 40;
    /** Name words of a byline ("By Jane Q. Doe") skipped before a dateline. */
    private static final int MAX_BYLINE_WORDS = 4;
    private static final String PERSIAN_OPENING = "به گزارش";
    private static final String CORRESPONDENT = "خبرنگار";
    /** How far into the body a Persian lead's dateline may stand. */
    static final int MAX_LEAD = 600;

    private final CountryGazetteer gazetteer;
    private final RegionAfterComma regions;
    private final Map<String, Place> standAlone = new HashMap<>();
    private final Map<String, String> agencies = new HashMap<>();
    /** Whether the gazetteer knows the world's towns (GeoNames): only then is a town it does not know a small one. */
    private final boolean worldTowns;

    DatelineReader(CountryGazetteer gazetteer, RegionAfterComma regions) {
        this.gazetteer = gazetteer;
        this.regions = regions;
        this.worldTowns = gazetteer.counts().getOrDefault("geonamesCityNames", 0) > 0;
        for (String[] row : CuratedNames.datelineCityRows()) {
            standAlone.put(standAloneKey(row[2].strip()), new Place(row[0].strip(), row[1].strip(), 0));
        }
        for (String[] row : CuratedNames.datelineAgencyRows()) {
            agencies.put(row[1].strip().toLowerCase(Locale.ROOT), row[0].strip());
        }
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
        if (body.startsWith(PERSIAN_OPENING, i)) {
            return persian(body, i + PERSIAN_OPENING.length());
        }
        Dateline d = wire(body, afterByline(body, i));
        if (d != null || i >= body.length() || !CliticStripper.isArabicScript(body.charAt(i))) {
            return d;
        }
        // Persian agencies open with a one-paragraph lead, then "به گزارش … از X،" or "… خبرنگار فارس در X"
        int leadEnd = Math.min(body.length(), i + MAX_LEAD);
        for (int nl = body.indexOf('\n', i); nl >= 0 && nl < leadEnd; nl = body.indexOf('\n', nl + 1)) {
            int p = nl + 1;
            while (p < body.length() && Character.isWhitespace(body.charAt(p))) {
                p++;
            }
            if (body.startsWith(PERSIAN_OPENING, p)) {
                d = persian(body, p + PERSIAN_OPENING.length());
                if (d != null) {
                    return d;
                }
            }
        }
        return correspondentIn(body, i, leadEnd);
    }

    /**
     * Where the dateline starts after an English byline: "By Jane Doe" on its own line, or on the dateline's line
     * before an upper-case place ("By Jane Doe BUDAPEST, Jan 5 (Reuters) -"); at most {@value #MAX_BYLINE_WORDS} name
     * words. Else {@code from}.
     */
    private static int afterByline(String body, int from) {
        if (!body.startsWith("By ", from)) {
            return from;
        }
        int i = from + 3;
        for (int word = 0; word < MAX_BYLINE_WORDS && i < body.length(); word++) {
            int end = i;
            while (end < body.length() && (Character.isLetter(body.charAt(end)) || body.charAt(end) == '.'
                    || body.charAt(end) == '-' || body.charAt(end) == '\'')) {
                end++;
            }
            if (end == i || !Character.isUpperCase(body.charAt(i))) {
                return from;
            }
            int letters = 0;
            for (int k = i; k < end; k++) {
                letters += Character.isLetter(body.charAt(k)) ? 1 : 0;
            }
            boolean upper = allCapitals(body, i, end) && letters > 1; // an initial ("Q.") is no place
            if (upper && word > 0) {
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

    /** "… خبرنگار فارس در اراک …": the place after «در» within a few words after «خبرنگار» (correspondent). */
    private Dateline correspondentIn(String body, int from, int limit) {
        int c = body.indexOf(CORRESPONDENT, from);
        if (c < 0 || c >= limit) {
            return null;
        }
        int i = c + CORRESPONDENT.length();
        for (int word = 0; word < 4 && i < limit; word++) {
            int start = i + 1;
            int end = start;
            while (end < limit && isNameChar(body.charAt(end))) {
                end++;
            }
            if (i >= body.length() || body.charAt(i) != ' ' || end == start) {
                return null;
            }
            if (body.startsWith("در", start) && end - start == 2) {
                return placeWords(body, end + 1, limit);
            }
            i = end;
        }
        return null;
    }

    /** The longest run of one to three words at {@code from} that the gazetteer knows as a place. */
    private Dateline placeWords(String body, int from, int limit) {
        int[] ends = new int[3];
        int n = 0;
        int i = from;
        while (n < 3 && i < limit && isNameChar(body.charAt(i))) {
            while (i < limit && isNameChar(body.charAt(i))) {
                i++;
            }
            ends[n++] = i;
            if (i >= limit || body.charAt(i) != ' ') {
                break;
            }
            i++;
        }
        for (int k = n - 1; k >= 0; k--) {
            if (known(body.substring(from, ends[k])) != null) {
                return new Dateline(from, ends[k], null, -1, -1);
            }
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || c == '\u200C' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private Dateline wire(String body, int from) {
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
            if (cityEnd < 0 && (c == ',' || c == '\u060C' || c == '(' || capitalsThenCredit(body, from, i))) {
                cityEnd = i;
            }
            if (c == '(') {
                agency = true;
            }
            int slashed = cityEnd >= 0 ? closingSlash(body, i, limit) : -1;
            if (slashed > 0) {
                // TASS closes its dateline with the agency between slashes: "КРАСНОДАР, 1 сентября. /ТАСС/."
                agency = true;
                separator = slashed;
                break;
            }
            if (isSeparator(body, i) || (arabicScript && Character.isDigit(c))) {
                separator = i;
                break;
            }
        }
        if (separator < 0) {
            return null;
        }
        if (arabicScript) {
            Dateline d = arabicLine(body, from, separator, limit);
            if (d != null) {
                return d;
            }
        }
        int end = trimEnd(body, from, cityEnd < 0 ? separator : cityEnd);
        int slash = body.indexOf('/', from);
        if (slash > from && slash < end && !arabicScript) {
            // "NEW DELHI/ISLAMABAD": a story filed from two places, the first is the dateline; "FRANKFURT/MAIN", a
            // city with its river, is a name known whole
            int first = trimEnd(body, from, slash);
            if (first <= from || !plausibleCity(body, from, first) || !(allCapitals(body, from, end) || agency)) {
                return null;
            }
            int place = known(body.substring(from, end)) != null ? end : first;
            return known(body.substring(from, place)) == null ? null : new Dateline(from, place, null, -1, -1);
        }
        if (end <= from || !plausibleCity(body, from, end)) {
            return null;
        }
        String home = agency ? agencyHome(body, end, separator) : null;
        RegionAfterComma.Region region = body.charAt(end) == ',' || body.charAt(end) == '\u060C'
                ? regions.after(body, end) : inParentheses(body, end, separator, home);
        boolean dated = false;
        for (int i = end; i < separator; i++) {
            dated |= Character.isDigit(body.charAt(i));
        }
        if (region == null && !arabicScript && (allCapitals(body, from, end) || agency || dated)) {
            Place alone = standAlone.get(standAloneKey(body.substring(from, end)));
            if (alone == null && !placeAtHome(body.substring(from, end), home)) {
                alone = bareForeignPlace(body.substring(from, end)); // "SANTIAGO (AFP) -" is Chile's all the same
            }
            region = alone == null ? null : new RegionAfterComma.Region(alone, from, end);
        }
        if (!arabicScript && !allCapitals(body, from, end) && !agency && !dated && region == null) {
            return null; // "Trump: …", "Israel - Hamas …" are not datelines
        }
        if (known(body.substring(from, end)) == null && region == null) {
            if (home == null || !worldTowns) {
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
     * Arabic openings: the place before the separator ("القاهرة - (رويترز) -", "الرياض:", "القاهرة 25 شوال"), the
     * place after an agency's name that opens the line ("وطنية - طرابلس -"), or, on a short first line
     * "SOURCE – CITY" ("عين اليوم – لندن"), the place after it.
     */
    private Dateline arabicLine(String body, int from, int separator, int limit) {
        int end = trimEnd(body, from, separator);
        if (end > from && body.charAt(end - 1) == '\u060C') {
            end = trimEnd(body, from, end - 1); // "دوشنبه، ۷ دسامبر": the place before the comma of its date
        }
        if (end - from > ON_DATE.length() && body.startsWith(ON_DATE, end - ON_DATE.length())) {
            end = trimEnd(body, from, end - ON_DATE.length()); // "القاهرة في 8 ديسمبر /أ ش أ/": the place before "on"
        }
        String credited = creditAfter(body, separator, limit);
        boolean afterDate = credited == null && Character.isDigit(body.charAt(separator));
        if (afterDate) {
            credited = creditAfterDate(body, separator, limit);
        }
        if (end > from && plausibleCity(body, from, end)) {
            GazetteerEntry known = known(body.substring(from, end));
            if (known != null) {
                // a credit after the date is a home town's only where the town is the agency's country's
                // (QNA's "كوالالمبور في 09 ديسمبر /قنا/" is Kuala Lumpur's)
                return new Dateline(from, end, null, -1, -1,
                        afterDate && !standsFor(known, credited) ? null : credited);
            }
            if (credited != null && !afterDate && worldTowns) {
                // "ديالى - واع", "إفران - (ومع) -": a national agency writes its home towns and provinces bare (a
                // credit after a date, "كوالالمبور في 09 ديسمبر /قنا/", comes from towns abroad too)
                return Dateline.homeTown(from, end, credited);
            }
        }
        String home = end > from ? agencies.get(body.substring(from, end)) : null;
        if (home != null) {
            // "وطنية - طرابلس -": the agency first, then the place, a home town ambiguous names resolve to
            int start = separator + 1;
            while (start < limit && body.charAt(start) == ' ') {
                start++;
            }
            int next = start;
            while (next < limit && !isSeparator(body, next) && body.charAt(next) != '\n') {
                next++;
            }
            int stop = trimEnd(body, start, next);
            if (next < limit && stop > start && plausibleCity(body, start, stop)) {
                if (known(body.substring(start, stop)) != null) {
                    return new Dateline(start, stop, null, -1, -1, home);
                }
                if (worldTowns) {
                    return Dateline.homeTown(start, stop, home); // وطنية - صور -
                }
            }
        }
        int lineEnd = body.indexOf('\n', separator);
        if (lineEnd < 0 || lineEnd > limit) {
            return null;
        }
        int start = separator + 1;
        while (start < lineEnd && (body.charAt(start) == ' ' || isSeparator(body, start))) {
            start++;
        }
        int stop = trimEnd(body, start, lineEnd);
        if (stop > start && plausibleCity(body, start, stop) && known(body.substring(start, stop)) != null) {
            return new Dateline(start, stop, null, -1, -1);
        }
        return null;
    }

    /** Whether {@code e} names a place of {@code code}: its own country, or one of its GeoNames places'. */
    private static boolean standsFor(GazetteerEntry e, String code) {
        return code != null && (code.equals(e.code()) || e.placedIn(code));
    }

    /**
     * The credit after a dateline's date on its line ("دوشنبه، ۷ دسامبر /خاور/.", "غرم، ۱۱ دسامبر، «خاور»."): the
     * first bracket, slash, guillemet or dash after the date's first digit at {@code date} opens it.
     */
    private String creditAfterDate(String body, int date, int limit) {
        for (int i = date; i < limit && body.charAt(i) != '\n'; i++) {
            if ("(/\u00AB-\u2013".indexOf(body.charAt(i)) >= 0) {
                return creditAfter(body, i, limit);
            }
        }
        return null;
    }

    /**
     * The home country of a national agency whose short credit follows the separator, bare or in brackets or slashes
     * ("ديالى - واع", "إفران - (ومع) -", "/أ ش أ/"); up to three words, since "أ ش أ" is one credit.
     */
    private String creditAfter(String body, int separator, int limit) {
        int i = separator + 1;
        while (i < limit && (body.charAt(i) == ' ' || body.charAt(i) == '(' || body.charAt(i) == '/'
                || body.charAt(i) == '\u00AB')) {
            i++;
        }
        int start = i;
        for (int words = 0; words < 3 && i < limit; words++) {
            while (i < limit && isNameChar(body.charAt(i))) {
                i++;
            }
            String home = i > start ? agencies.get(body.substring(start, i)) : null;
            if (home != null) {
                return home;
            }
            if (i >= limit || body.charAt(i) != ' ') {
                return null;
            }
            i++;
        }
        return null;
    }

    /**
     * "به گزارش خبرگزاری فارس از تبریز، …": the first place the gazetteer knows right after an «از» of the opening
     * clause ("… از تبریز به نقل از روابط عمومی …" names Tabriz, not the press office quoted after it).
     */
    private Dateline persian(String body, int from) {
        int limit = Math.min(body.length(), from + 2 * MAX_PREFIX);
        int clauseEnd = -1;
        for (int i = from; i < limit; i++) {
            char c = body.charAt(i);
            if (c == '\u060C' || c == ',' || c == '\n' || c == ':') {
                clauseEnd = i;
                break;
            }
        }
        if (clauseEnd < 0) {
            return null;
        }
        for (int i = from; i + 2 < clauseEnd; i++) {
            if (body.charAt(i) == 'ا' && body.charAt(i + 1) == 'ز' && body.charAt(i - 1) == ' '
                    && body.charAt(i + 2) == ' ') {
                Dateline d = placeWords(body, i + 3, clauseEnd);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
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
        if (open >= separator || body.charAt(open) != '(') {
            return null;
        }
        RegionAfterComma.Region region = regions.inBrackets(body, open, separator);
        return region != null ? region : provinceInBrackets(body, open, separator, home);
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
        GazetteerEntry e = known(body.substring(open + 1, close));
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

    /**
     * The home country of the wire agency whose credit stands in brackets between the place and the separator
     * ("CÓRDOBA, 7 mar (EFE).-"), or null ({@code dateline-agencies.tsv}).
     */
    private String agencyHome(String body, int from, int separator) {
        int open = -1;
        for (int i = from; i < separator; i++) {
            char c = body.charAt(i);
            if (c == '(') {
                open = i;
            } else if (c == ')' && open >= 0) {
                String credit = body.substring(open + 1, i).strip().toLowerCase(Locale.ROOT);
                int regional = credit.indexOf('/'); // dpa's regional services: "dpa/sn", "dpa/lby"
                String home = agencies.get(regional > 0 ? credit.substring(0, regional) : credit);
                if (home != null) {
                    return home;
                }
                open = -1;
            } else if (c == '/' && i > from && body.charAt(i - 1) == ' ') {
                // "/ТАСС/" or a correspondent's credit "/Корр. ТАСС Иван Петров/": any word may be the agency
                for (String word : body.substring(i + 1, separator).split("[ .]+")) {
                    String home = agencies.get(word.toLowerCase(Locale.ROOT));
                    if (home != null) {
                        return home;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The closing slash of an agency credit that opens at {@code i} (" /ТАСС/", " /Корр. ТАСС Иван Петров/"): a
     * slash after a space, then at most {@value #MAX_SLASHED} letters, dots and spaces, then a slash; else -1.
     */
    private static int closingSlash(String body, int i, int limit) {
        if (body.charAt(i) != '/' || i == 0 || body.charAt(i - 1) != ' ') {
            return -1;
        }
        for (int k = i + 1; k < limit && k <= i + MAX_SLASHED; k++) {
            char c = body.charAt(k);
            if (c == '/') {
                return k > i + 1 ? k : -1;
            }
            if (!Character.isLetter(c) && c != '.' && c != ' ' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    /** The gazetteer entry for a whole place name, if it is a place. */
    /**
     * The place a wire means by a foreign dateline it writes bare, as wires write foreign capitals and set any other
     * town of the name with its country or state: a national capital (SANTIAGO is Chile's, KINGSTON Jamaica's, SAN
     * JOSE Costa Rica's; "SAN JOSE, Calif." carries its state), or, for a country's name that is also a bigger city
     * abroad, that city (SALVADOR is Bahia's: El Salvador's dateline is SAN SALVADOR). Null for any other name.
     */
    private Place bareForeignPlace(String name) {
        Place capital = gazetteer.capitals().get(Folding.key(name));
        if (capital != null) {
            return capital;
        }
        GazetteerEntry e = known(name);
        if (e == null || (e.kind() != NameKind.COUNTRY_NAME && e.kind() != NameKind.SHORT_FORM) || e.places().isEmpty()) {
            return null;
        }
        Place biggest = e.places().get(0);
        return !biggest.code().equals(e.code()) && biggest.population() >= PlaceResolver.STANDALONE_POPULATION
                ? biggest : null;
    }

    /** Whether a place named {@code name} lies in the credited agency's {@code home} country ("CÓRDOBA (EFE)"). */
    private boolean placeAtHome(String name, String home) {
        GazetteerEntry e = home == null ? null : known(name);
        return e != null && (home.equals(e.code()) || e.places().stream().anyMatch(p -> p.code().equals(home)));
    }

    private GazetteerEntry known(String name) {
        GazetteerEntry e = gazetteer.lookup(Folding.key(name));
        return e == null || e.kind() == NameKind.NOT_PLACE || e.kind() == NameKind.DEMONYM ? null : e;
    }

    /**
     * Kazinform's "АСТАНА. КАЗИНФОРМ –": a full stop at {@code i} after a place in capitals, then a one-word credit
     * in capitals and the dash.
     */
    private static boolean capitalsThenCredit(String body, int from, int i) {
        if (body.charAt(i) != '.' || i - from < 2 || !allCapitals(body, from, i) || i + 3 >= body.length()
                || body.charAt(i + 1) != ' ') {
            return false;
        }
        int end = i + 2;
        while (end < body.length() && Character.isLetter(body.charAt(end))) {
            end++;
        }
        int after = end;
        while (after < body.length() && body.charAt(after) == ' ') {
            after++;
        }
        // the credit closes the dateline at once: "ST. LOUIS, March 3" is a saint's town, not a place and a credit
        return end - (i + 2) >= 2 && allCapitals(body, i + 2, end) && after < body.length() && isSeparator(body, after);
    }

    /** A dash with a space on either side ("تهران- ایرنا-", "(Reuters) -", "(EFE).-"), an em or en dash, a colon. */
    static boolean isSeparator(String s, int i) {
        char c = s.charAt(i);
        if (c == '\u2014' || c == '\u2013') {
            return true;
        }
        if (c == ':') {
            return i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1));
        }
        if (c == '-') {
            boolean spaceBefore = i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '.' || s.charAt(i - 1) == ')');
            boolean spaceAfter = i + 1 < s.length() && s.charAt(i + 1) == ' ';
            return spaceBefore || spaceAfter;
        }
        return false;
    }

    /** One to {@value #MAX_CITY_WORDS} words of letters (Winston-Salem, St. John's, ال…), no digits. */
    private static boolean plausibleCity(String s, int from, int to) {
        int words = 1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '\u2019'
                    && c != '\u200C' && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return words <= MAX_CITY_WORDS;
    }

    private static boolean allCapitals(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int trimEnd(String s, int from, int to) {
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\u200C')) {
            to--;
        }
        return to;
    }
}
