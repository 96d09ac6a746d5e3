package dev.newsline.enrich.tag.country;

import java.util.Locale;

/**
 * The credit line that closes a wire story, "(Reporting by Swati Rao in Bengaluru; Editing by Priya Dutt)": it names
 * where the reporters and editors sit, not where the story happens, so a place inside it is no evidence. Found by
 * its opening words, up to its closing parenthesis or {@value #MAX_CHARS} characters.
 */
final class WireTrailer {

    static final int MAX_CHARS = 400;
    private static final String[] OPENINGS = {"(reporting by", "(additional reporting by", "(writing by",
            "(compiled by", "(editing by", "(reporting and writing by"};

    private final int start;
    private final int end;

    private WireTrailer(int start, int end) {
        this.start = start;
        this.end = end;
    }

    /** The body's last credit line, or null: the body is scanned once, in lower case. */
    static WireTrailer in(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        int start = -1;
        for (String opening : OPENINGS) {
            start = Math.max(start, lower.lastIndexOf(opening));
        }
        if (start < 0) {
            return null;
        }
        int close = body.indexOf(')', start);
        int end = close < 0 ? Math.min(body.length(), start + MAX_CHARS) : Math.min(close + 1, start + MAX_CHARS);
        return new WireTrailer(start, end);
    }

    /** Whether {@code m}, a body match, stands inside the credit line. */
    boolean covers(PhraseMatch m) {
        return m.field().equals("body") && m.start() >= start && m.end() <= end;
    }
}
