package dev.newsline.enrich.tag.country;

/**
 * The dateline of a Persian agency's lead: "به گزارش … از تبریز،", the place after an «از» of the opening clause, at
 * the body's start or at the start of a later paragraph of the lead; else "… خبرنگار فارس در اراک", the place after
 * the correspondent's «در».
 */
final class PersianLeadDateline {

    private static final String PERSIAN_OPENING = "به گزارش";
    private static final String CORRESPONDENT = "خبرنگار";

    private final DatelinePlaces places;

    PersianLeadDateline(DatelinePlaces places) {
        this.places = places;
    }

    /** Whether the body's opening clause "به گزارش …" starts at {@code i}. */
    static boolean opensAt(String body, int i) {
        return body.startsWith(PERSIAN_OPENING, i);
    }

    /** The dateline of the opening clause "به گزارش …" that starts at {@code i}, or null. */
    Dateline opening(String body, int i) {
        return persian(body, i + PERSIAN_OPENING.length());
    }

    /**
     * The dateline of a lead whose text starts at {@code from} without the opening clause: that of the first later
     * paragraph before {@code leadEnd} that opens with it, else the correspondent's place.
     */
    Dateline inLead(String body, int from, int leadEnd) {
        // Persian agencies open with a one-paragraph lead, then "به گزارش … از X،" or "… خبرنگار فارس در X"
        for (int nl = body.indexOf('\n', from); nl >= 0 && nl < leadEnd; nl = body.indexOf('\n', nl + 1)) {
            int p = nl + 1;
            while (p < body.length() && Character.isWhitespace(body.charAt(p))) {
                p++;
            }
            if (body.startsWith(PERSIAN_OPENING, p)) {
                Dateline d = persian(body, p + PERSIAN_OPENING.length());
                if (d != null) {
                    return d;
                }
            }
        }
        return correspondentIn(body, from, leadEnd);
    }

    /**
     * "به گزارش خبرگزاری فارس از تبریز، …": the first place the gazetteer knows right after an «از» of the opening
     * clause ("… از تبریز به نقل از روابط عمومی …" names Tabriz, not the press office quoted after it).
     */
    private Dateline persian(String body, int from) {
        int limit = Math.min(body.length(), from + 2 * DatelineReader.MAX_PREFIX);
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
            while (end < limit && DatelineText.isNameChar(body.charAt(end))) {
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
        while (n < 3 && i < limit && DatelineText.isNameChar(body.charAt(i))) {
            while (i < limit && DatelineText.isNameChar(body.charAt(i))) {
                i++;
            }
            ends[n++] = i;
            if (i >= limit || body.charAt(i) != ' ') {
                break;
            }
            i++;
        }
        for (int k = n - 1; k >= 0; k--) {
            if (places.known(body.substring(from, ends[k])) != null) {
                return new Dateline(from, ends[k], null, -1, -1);
            }
        }
        return null;
    }
}
