package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;

/**
 * Finds the dateline that opens a wire story, by a single left-to-right scan of at most {@value #MAX_PREFIX}
 * characters (no regular expression, so no backtracking):
 * <ul>
 *   <li>"CITY, Region, Date (Agency) -", "CITY (Agency) —", "CITY, 3 mars (AFP) -", "МОСКВА, 3 мар —",
 *       "İSTANBUL (AA) -", "Berlin (dpa) -": the first part before a dash or colon, in capitals, or in any case
 *       when an agency, a date or a region follows;</li>
 *   <li>Arabic and Persian "القاهرة - (رويترز) -", "الرياض:", "تهران- ایرنا-": at most three words before the
 *       first dash or colon;</li>
 *   <li>Persian "به گزارش … از تبریز،": the words after the last «از» of the opening clause.</li>
 * </ul>
 * The place must be a name the gazetteer knows, or be followed by a region it knows ("DEARBORN, MICH.").
 */
final class DatelineReader {

    static final int MAX_PREFIX = 100;
    private static final int MAX_CITY_WORDS = 4;
    private static final String PERSIAN_OPENING = "به گزارش";

    private final CountryGazetteer gazetteer;
    private final RegionAfterComma regions;
    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();

    DatelineReader(CountryGazetteer gazetteer, RegionAfterComma regions) {
        this.gazetteer = gazetteer;
        this.regions = regions;
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
        return wire(body, i);
    }

    private Dateline wire(String body, int from) {
        int limit = Math.min(body.length(), from + MAX_PREFIX);
        int cityEnd = -1;
        boolean agency = false;
        int separator = -1;
        for (int i = from; i < limit; i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                break;
            }
            if (cityEnd < 0 && (c == ',' || c == '\u060C' || c == '(')) {
                cityEnd = i;
            }
            if (c == '(') {
                agency = true;
            }
            if (isSeparator(body, i)) {
                separator = i;
                break;
            }
        }
        if (separator < 0) {
            return null;
        }
        int end = trimEnd(body, from, cityEnd < 0 ? separator : cityEnd);
        if (end <= from || !plausibleCity(body, from, end)) {
            return null;
        }
        boolean arabicScript = CliticStripper.isArabicScript(body.charAt(from));
        RegionAfterComma.Region region = body.charAt(end) == ',' || body.charAt(end) == '\u060C'
                ? regions.after(body, end) : null;
        boolean dated = false;
        for (int i = end; i < separator; i++) {
            dated |= Character.isDigit(body.charAt(i));
        }
        if (!arabicScript && !allCapitals(body, from, end) && !agency && !dated && region == null) {
            return null; // "Trump: …", "Israel - Hamas …" are not datelines
        }
        if (known(body.substring(from, end)) == null && region == null) {
            return null;
        }
        return region == null ? new Dateline(from, end, null, -1, -1)
                : new Dateline(from, end, region.place(), region.start(), region.end());
    }

    private Dateline persian(String body, int from) {
        int limit = Math.min(body.length(), from + 2 * MAX_PREFIX);
        int clauseEnd = -1;
        int lastFrom = -1;
        for (int i = from; i < limit; i++) {
            char c = body.charAt(i);
            if (c == '\u060C' || c == ',' || c == '\n' || c == ':') {
                clauseEnd = i;
                break;
            }
            if (c == 'ا' && i + 1 < limit && body.charAt(i + 1) == 'ز' && i > 0 && body.charAt(i - 1) == ' '
                    && i + 2 < limit && body.charAt(i + 2) == ' ') {
                lastFrom = i + 3;
            }
        }
        if (clauseEnd < 0 || lastFrom < 0) {
            return null;
        }
        int end = trimEnd(body, lastFrom, clauseEnd);
        if (end <= lastFrom || known(body.substring(lastFrom, end)) == null) {
            return null;
        }
        return new Dateline(lastFrom, end, null, -1, -1);
    }

    /** The gazetteer entry for a whole place name, if it is a place. */
    private GazetteerEntry known(String name) {
        GazetteerEntry e = gazetteer.lookup(normalizer.fold(name).replace(" ", ""));
        return e == null || e.kind() == NameKind.NOT_PLACE || e.kind() == NameKind.DEMONYM ? null : e;
    }

    /** A dash with a space on either side ("تهران- ایرنا-", "(Reuters) -", "(EFE).-"), an em or en dash, a colon. */
    private static boolean isSeparator(String s, int i) {
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
