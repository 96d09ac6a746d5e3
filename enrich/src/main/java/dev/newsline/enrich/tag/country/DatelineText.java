package dev.newsline.enrich.tag.country;

/**
 * The character tests of a dateline scan: what separates a dateline from the story, what a place name is written
 * with, whether a stretch is in capitals.
 */
final class DatelineText {

    private static final int MAX_CITY_WORDS = 4;

    private DatelineText() {
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
    static boolean plausibleCity(String s, int from, int to) {
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

    static boolean isNameChar(char c) {
        return Character.isLetter(c) || c == '\u200C' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean allCapitals(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int trimEnd(String s, int from, int to) {
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\u200C')) {
            to--;
        }
        return to;
    }
}
