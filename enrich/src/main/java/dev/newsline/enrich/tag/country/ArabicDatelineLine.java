package dev.newsline.enrich.tag.country;

/**
 * The dateline of an Arabic-script first line, Arabic or Persian ("القاهرة - (رويترز) -", "الرياض:", "تهران- ایرنا-"):
 * at most three words before the first dash, colon or date ("القاهرة في 8 ديسمبر /أ ش أ/"), a town a national agency
 * credits after it placed at the agency's home ("ديالى - واع"), the place after an agency's name that opens the line
 * ("وطنية - طرابلس -"), or the place after a short first line's source ("عين اليوم – لندن").
 */
final class ArabicDatelineLine {

    /** The word "on" between an Arabic dateline's place and its date (MENA, WAM, QNA: "الكويت في 08 ديسمبر"). */
    private static final String ON_DATE = " في";

    private final DatelinePlaces places;
    private final DatelineCredits credits;

    ArabicDatelineLine(DatelinePlaces places, DatelineCredits credits) {
        this.places = places;
        this.credits = credits;
    }

    /**
     * Arabic openings: the place before the separator ("القاهرة - (رويترز) -", "الرياض:", "القاهرة 25 شوال"), the
     * place after an agency's name that opens the line ("وطنية - طرابلس -"), or, on a short first line
     * "SOURCE – CITY" ("عين اليوم – لندن"), the place after it.
     */
    Dateline read(String body, int from, int separator, int limit) {
        int end = DatelineText.trimEnd(body, from, separator);
        if (end > from && body.charAt(end - 1) == '\u060C') {
            // "دوشنبه، ۷ دسامبر": the place before the comma of its date
            end = DatelineText.trimEnd(body, from, end - 1);
        }
        if (end - from > ON_DATE.length() && body.startsWith(ON_DATE, end - ON_DATE.length())) {
            // "القاهرة في 8 ديسمبر /أ ش أ/": the place before "on"
            end = DatelineText.trimEnd(body, from, end - ON_DATE.length());
        }
        String credited = creditAfter(body, separator, limit);
        boolean afterDate = credited == null && Character.isDigit(body.charAt(separator));
        if (afterDate) {
            credited = creditAfterDate(body, separator, limit);
        }
        if (end > from && DatelineText.plausibleCity(body, from, end)) {
            GazetteerEntry known = places.known(body.substring(from, end));
            if (known != null) {
                if (afterDate && credited == null && known.code() != null && !known.commonWordIn().isEmpty()
                        && creditWordAfterDate(body, separator, limit)) {
                    // "دوشنبه، ۱۱ دسامبر - اسپوتنیک.": a date and any agency's credit after a name that is also a
                    // word (Monday) make it the dateline's place, placed in its own country
                    return Dateline.homeTown(from, end, known.code());
                }
                // a credit after the date is a home town's only where the town is the agency's country's
                // (QNA's "كوالالمبور في 09 ديسمبر /قنا/" is Kuala Lumpur's)
                return new Dateline(from, end, null, -1, -1,
                        afterDate && !standsFor(known, credited) ? null : credited);
            }
            if (credited != null && !afterDate && places.worldTowns()) {
                // "ديالى - واع", "إفران - (ومع) -": a national agency writes its home towns and provinces bare (a
                // credit after a date, "كوالالمبور في 09 ديسمبر /قنا/", comes from towns abroad too)
                return Dateline.homeTown(from, end, credited);
            }
        }
        String home = end > from ? credits.home(body.substring(from, end)) : null;
        if (home != null) {
            // "وطنية - طرابلس -": the agency first, then the place, a home town ambiguous names resolve to
            int start = separator + 1;
            while (start < limit && body.charAt(start) == ' ') {
                start++;
            }
            int next = start;
            while (next < limit && !DatelineText.isSeparator(body, next) && body.charAt(next) != '\n') {
                next++;
            }
            int stop = DatelineText.trimEnd(body, start, next);
            if (next < limit && stop > start && DatelineText.plausibleCity(body, start, stop)) {
                if (places.known(body.substring(start, stop)) != null) {
                    return new Dateline(start, stop, null, -1, -1, home);
                }
                if (places.worldTowns()) {
                    return Dateline.homeTown(start, stop, home); // وطنية - صور -
                }
            }
        }
        int lineEnd = body.indexOf('\n', separator);
        if (lineEnd < 0 || lineEnd > limit) {
            return null;
        }
        int start = separator + 1;
        while (start < lineEnd && (body.charAt(start) == ' ' || DatelineText.isSeparator(body, start))) {
            start++;
        }
        int stop = DatelineText.trimEnd(body, start, lineEnd);
        if (stop > start && DatelineText.plausibleCity(body, start, stop)
                && places.known(body.substring(start, stop)) != null) {
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
        int open = creditOpening(body, date, limit);
        return open < 0 ? null : creditAfter(body, open, limit);
    }

    /** The first bracket, slash, guillemet or dash on the line from {@code date} on, or -1. */
    private static int creditOpening(String body, int date, int limit) {
        for (int i = date; i < limit && body.charAt(i) != '\n'; i++) {
            if ("(/\u00AB-\u2013".indexOf(body.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a credit follows the date at {@code date} on its line: a dash, bracket, slash or guillemet, then a word
     * of two letters or more that the line's end, a full stop or a closing mark ends ("- اسپوتنیک.", "/خاور/",
     * "(رويترز)"), as any agency's credit is set; a weekday heading a text runs on into a sentence.
     */
    private static boolean creditWordAfterDate(String body, int date, int limit) {
        int i = creditOpening(body, date, limit);
        if (i < 0) {
            return false;
        }
        while (i < limit && (body.charAt(i) == ' ' || "(/\u00AB-\u2013".indexOf(body.charAt(i)) >= 0)) {
            i++;
        }
        int start = i;
        while (i < limit && DatelineText.isNameChar(body.charAt(i))) {
            i++;
        }
        return i - start >= 2 && (i == limit || body.charAt(i) == '\n' || closesCredit(body.charAt(i))
                || (body.charAt(i) == ' ' && i + 1 < limit && closesCredit(body.charAt(i + 1))));
    }

    /** A full stop, closing bracket, slash, guillemet or dash: what ends an agency's credit. */
    private static boolean closesCredit(char c) {
        return ".)/\u00BB-\u2013".indexOf(c) >= 0;
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
            while (i < limit && DatelineText.isNameChar(body.charAt(i))) {
                i++;
            }
            String home = i > start ? credits.home(body.substring(start, i)) : null;
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
}
