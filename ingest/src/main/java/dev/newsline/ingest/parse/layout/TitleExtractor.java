package dev.newsline.ingest.parse.layout;

import dev.newsline.ingest.parse.text.TextLines;
import java.util.List;

/**
 * Finds the title: the first non-blank line, joined with the next one when the title was split in two.
 *
 * <p>A split title is recognised by its first part, which cannot stand alone: it ends with ":" or a dash
 * ("لاوروف:", "Breaking -"), or is at most two words without any punctuation ("Lavrov" / "Much remains to be
 * done"). The second part must look like a title too: at most 16 words and 140 characters (10 words after a
 * two-word head), not ending in "." or ":" or a comma, and not a byline or dateline ("خالد الفرج ـ عنيزة",
 * with a spaced dash). The body must follow it: a line that finishes a sentence or is long. A short title
 * followed by more short lines (verse, bylines, a list) is left alone, and so is a short title followed only by
 * the article's one paragraph.
 */
public final class TitleExtractor {

    static final int MAX_HEAD_WORDS = 2;
    static final int MAX_TITLE_PART_WORDS = 16;
    static final int MAX_TITLE_PART_CHARS = 140;
    static final int MAX_TAIL_WORDS_AFTER_SHORT_HEAD = 10;
    static final int MIN_BODY_LINE_WORDS = 8;

    /** The title and the index of the first line after it. */
    public record Title(String text, int nextLine) {
    }

    /** Reads the title from tidy lines (blank lines are ""); an empty title when all lines are blank. */
    public Title extract(List<String> lines) {
        int first = nextContent(lines, 0);
        if (first < 0) {
            return new Title("", lines.size());
        }
        String head = lines.get(first);
        int second = nextContent(lines, first + 1);
        int body = second < 0 ? -1 : nextContent(lines, second + 1);
        if (body >= 0 && isTitleHead(head) && isTitleTail(lines.get(second), isShortHead(head))
                && looksLikeBody(lines.get(body))) {
            return new Title(head + " " + lines.get(second), second + 1);
        }
        return new Title(head, first + 1);
    }

    private static boolean isTitleHead(String line) {
        if (LineEnds.endsSentence(line)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return LineEnds.endsWithColon(line) || last == '-' || last == '–' || last == '—' || last == '|'
                || isShortHead(line);
    }

    private static boolean isShortHead(String line) {
        return TextLines.words(line) <= MAX_HEAD_WORDS
                && line.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == ' '
                        || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u200c');
    }

    private static boolean isTitleTail(String line, boolean afterShortHead) {
        int maxWords = afterShortHead ? MAX_TAIL_WORDS_AFTER_SHORT_HEAD : MAX_TITLE_PART_WORDS;
        if (TextLines.words(line) > maxWords || line.length() > MAX_TITLE_PART_CHARS) {
            return false;
        }
        if (hasSpacedDash(line)) {
            return false; // a byline or dateline: "name - city"
        }
        // a title may end in "?" or "!", never in "." or "…"
        return (!LineEnds.endsSentence(line) || LineEnds.endsQuestionOrExclamation(line))
                && !LineEnds.endsWithColon(line)
                && !LineEnds.endsMidSentence(line) && !LineEnds.startsListItem(line);
    }

    /** A dash or tatweel with white space on both sides ("name - city", "خالد الفرج ـ عنيزة"). */
    private static boolean hasSpacedDash(String line) {
        for (int i = 1; i + 1 < line.length(); i++) {
            if ("-–—ـ".indexOf(line.charAt(i)) >= 0 && isSpace(line.charAt(i - 1)) && isSpace(line.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The white space of a regex {@code \s}: space, tab, line breaks, vertical tab, form feed. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean looksLikeBody(String line) {
        return LineEnds.endsSentence(line) || LineEnds.endsWithColon(line)
                || TextLines.words(line) >= MIN_BODY_LINE_WORDS;
    }

    static int nextContent(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
