package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.Locale;
import java.util.function.Predicate;

/** What the original text around a match says: spacing, capitals, sentence starts, headline style. */
final class TextPositions {

    private TextPositions() {
    }

    static boolean adjacent(String text, int from, int to) {
        if (to < from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} is a hyphen: the ASCII one or Unicode's hyphen and non-breaking hyphen. */
    /** The word without an English possessive ending ("Council's" → "Council", "Reyes’s" → "Reyes"). */
    static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("\u2019s") ? word.substring(0, word.length() - 2) : word;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean capitalized(String text, MatchToken t) {
        return Character.isUpperCase(text.codePointAt(t.start()));
    }

    /**
     * A given name is written Capitalized-then-lower (Michael), not as an acronym (МИД, UN); an Irish or Italian
     * surname's capital after an apostrophe counts as the first (O'Hara, D’Angelo).
     */
    static boolean nameLike(String text, MatchToken t) {
        int s = t.start();
        if (t.end() - s >= 4 && Character.isUpperCase(text.charAt(s)) && CliticStripper.isApostrophe(text.charAt(s + 1))
                && Character.isUpperCase(text.charAt(s + 2)) && Character.isLowerCase(text.charAt(s + 3))) {
            return true;
        }
        return t.end() - s >= 2 && Character.isUpperCase(text.charAt(s)) && Character.isLowerCase(text.charAt(s + 1));
    }

    static boolean sentenceStart(String text, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = text.charAt(i);
            // a dialogue's dash opens a line of speech (— Манты люблю) as a quote mark does
            if (!Character.isWhitespace(c) && c != '"' && c != '«' && c != '“' && c != '(' && c != '—' && c != '–') {
                return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == ':' || c == '\n';
            }
            if (c == '\n') {
                return true;
            }
        }
        return true;
    }

    /**
     * Whether Turkish spelling marks the match as a proper noun: Turkish sets a case ending off with an apostrophe
     * only after a proper noun (İzmir'deki, Mısır'ın "Egypt's"; the common noun takes it plainly: mısırın "the
     * maize's"), so that holds at a sentence start too.
     */
    static boolean turkishProperNoun(String language, String text, PhraseMatch m) {
        if (!"tr".equals(language)) {
            return false;
        }
        for (int i = m.start(); i < m.end(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return i > m.start();
            }
        }
        return false;
    }

    /**
     * The ending Turkish sets off with an apostrophe after the match, lower-cased ("Hatay'daki" gives "daki"), or
     * "" when there is none; the match may stop at the apostrophe or take the ending in.
     */
    static String turkishEnding(String text, PhraseMatch m) {
        int end = m.end();
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\''
                || text.charAt(end) == '\u2019')) {
            end++;
        }
        String word = text.substring(m.start(), end);
        int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('\u2019'));
        return apostrophe < 0 ? "" : word.substring(apostrophe + 1).toLowerCase(Locale.ROOT);
    }

    /** Headline style where most words are capitalized: neighbours tell nothing there. */
    static boolean isTitleCase(String title) {
        int words = 0;
        int caps = 0;
        for (String w : title.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
                words++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    /**
     * Whether a word of the title or of the body's first sentence (before {@code firstSentenceEnd}) is {@code word}:
     * a result word, "milli", a word for researchers.
     */
    static boolean upFront(TaggingInput in, int firstSentenceEnd, Predicate<String> word) {
        for (MatchToken t : in.titleForm().tokens()) {
            if (word.test(t.text())) {
                return true;
            }
        }
        for (MatchToken t : in.bodyForm().tokens()) {
            if (t.start() >= firstSentenceEnd) {
                break;
            }
            if (word.test(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an apostrophe and an s ({@code 's} or {@code ’s}) end right before {@code end}. */
    static boolean possessiveEndsAt(String text, int end) {
        return end >= 2 && end <= text.length() && text.charAt(end - 1) == 's'
                && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019');
    }
}
