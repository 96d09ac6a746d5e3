package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.TaggingInput;

/**
 * Where a place's name stands inside quotation marks: the name of an establishment, a group, a work or a paper that
 * the press quotes («Прага», مطعم «ليالي بيروت», das Lokal „Athen“), which is then no place.
 */
final class QuotedNames {

    /** The most characters read between the word before a quoted name and the place name in it. */
    private static final int MAX_QUOTED_GAP = 100;
    /** The longest rest of a quoted name after the country's adjective that opens it. */
    private static final int MAX_QUOTED_NAME = 60;

    private QuotedNames() {
    }

    /**
     * The whole name in guillemets or double quotes the match stands in («Прага», "Прага", „Athen“, «ليالي بيروت»), or
     * null when it stands in none: the opening mark within {@value #MAX_QUOTED_GAP} characters before it and the
     * closing one as near after it.
     */
    static String around(String text, PhraseMatch m) {
        int open = -1;
        for (int i = m.start() - 1; i >= 0 && i >= m.start() - MAX_QUOTED_GAP; i--) {
            char c = text.charAt(i);
            if (c == '\u00AB' || c == '"' || c == '\u201C' || c == '\u201E') {
                open = i;
                break;
            }
            if (c == '\u00BB' || c == '\u201D' || c == '\n') {
                return null;
            }
        }
        if (open < 0) {
            return null;
        }
        char opening = text.charAt(open);
        for (int i = m.end(); i < text.length() && i <= m.end() + MAX_QUOTED_GAP; i++) {
            char c = text.charAt(i);
            if (opening == '\u00AB' ? c == '\u00BB' : c == '"' || c == '\u201D' || c == '\u201C') {
                return text.substring(open + 1, i).strip();
            }
            if (c == '\u00AB' || c == '\u00BB' || c == '\n') {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether only spaces, then an opening quote, then the words of the quoted name (no closing quote, no line end)
     * stand between {@code from} and {@code to}: the word before a name and the place inside it.
     */
    static boolean opensBetween(String text, int from, int to) {
        if (to - from > MAX_QUOTED_GAP) {
            return false;
        }
        boolean quote = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!quote && (c == '«' || c == '"' || c == '\u201C')) {
                quote = true;
            } else if (quote ? c == '»' || c == '"' || c == '\u201D' || c == '\n' : c != ' ') {
                return false;
            }
        }
        return quote;
    }

    /**
     * Whether a Russian adjective of a country opens a name of several words in guillemets: a work's, a paper's or a
     * body's name («Турецкий марш», «Американский пирог», «Украинская правда» as a source), which Russian writes in
     * them with only its first word capitalized. The closing guillemet is looked for within
     * {@value #MAX_QUOTED_NAME} characters.
     */
    static boolean opensRussianName(PhraseMatch m, TaggingInput in) {
        String text = in.text(m.field());
        if (!"ru".equals(in.language()) || m.entry().kind() != NameKind.DEMONYM || m.start() == 0
                || text.charAt(m.start() - 1) != '«') {
            return false;
        }
        int limit = Math.min(text.length(), m.end() + MAX_QUOTED_NAME);
        for (int i = m.end(); i < limit; i++) {
            char c = text.charAt(i);
            if (c == '»') {
                return i > m.end() + 1 && text.charAt(m.end()) == ' ';
            }
            if (c == '«' || c == '\n') {
                return false;
            }
        }
        return false;
    }
}
