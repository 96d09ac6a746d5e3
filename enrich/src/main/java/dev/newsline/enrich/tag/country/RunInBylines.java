package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.TaggingInput;

/**
 * A byline that a web page's extraction ran into the text's first line, "By Brendan McCallister Calgary city council
 * has voted": its two or three name words are the reporter's, and a place right after them opens the text.
 */
final class RunInBylines {

    /** The most name words a byline run into the text's first line may hold: "By Nur Hidayah Rahman". */
    private static final int BYLINE_NAME_WORDS = 3;

    private RunInBylines() {
    }

    /**
     * Whether {@code m} follows a byline that a page's extraction ran into the text's first line, "By Brendan
     * McCallister Calgary city council has voted": the body opens with "By" and two or three capitalized words, and
     * the place comes right after them. A place is seldom a third given name, so it opens the text. English only.
     */
    static boolean opensTheText(PhraseMatch m, TaggingInput in) {
        int words = bylineWordsBefore(m, in);
        return words >= 2 && words <= BYLINE_NAME_WORDS;
    }

    /**
     * Whether {@code m} is the first or second word of an opening byline's name, "By Chad Jordan The council met":
     * the reporter's, a person's name.
     */
    static boolean inTheName(PhraseMatch m, TaggingInput in) {
        int words = bylineWordsBefore(m, in);
        if (words < 0 || words > 1) {
            return false;
        }
        String body = in.body();
        int end = m.end();
        // the name has a second word: the one after the place, or the place itself after the first
        return words == 1 || end + 1 < body.length() && body.charAt(end) == ' '
                && Character.isUpperCase(body.charAt(end + 1));
    }

    /**
     * How many capitalized name words stand between an opening "By " and {@code m} in an English body, else -1.
     */
    private static int bylineWordsBefore(PhraseMatch m, TaggingInput in) {
        if (!"en".equals(in.language()) || !m.field().equals("body")) {
            return -1;
        }
        String body = in.body();
        int i = 0;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        if (!body.startsWith("By ", i) || m.start() < i + 3) {
            return -1;
        }
        String between = body.substring(i + 3, m.start()).strip();
        if (between.isEmpty()) {
            return 0;
        }
        String[] words = between.split(" +");
        if (words.length > BYLINE_NAME_WORDS) {
            return -1;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(
                    c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019' || c == '.')) {
                return -1;
            }
            if (w.length() > 2 && w.endsWith(".")) {
                return -1; // "By Jess Hamill. Fifteen-year-old Georgia Lang": a full stop closed the byline
            }
        }
        return words.length;
    }
}
