package dev.newsline.ingest.parse.layout;

import dev.newsline.ingest.parse.text.TextLines;
import java.util.List;

/**
 * Finds the title: the first non-blank line, joined with the next one when the title was split in two.
 *
 * <p>A split title is recognised by its first part, which cannot stand alone: it ends with ":" or a dash
 * ("لاوروف:", "Breaking -"), or is at most two words ("Lavrov" / "Much remains to be done"). The second part
 * must look like a title too (at most 16 words and 140 characters, not ending in "." or ":" or a comma), and
 * some text must follow it, so that a short title is never glued to the article's only paragraph.
 */
public final class TitleExtractor {

    static final int MAX_HEAD_WORDS = 2;
    static final int MAX_TITLE_PART_WORDS = 16;
    static final int MAX_TITLE_PART_CHARS = 140;

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
        if (second >= 0 && isTitleHead(head) && isTitleTail(lines.get(second))
                && nextContent(lines, second + 1) >= 0) {
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
                || TextLines.words(line) <= MAX_HEAD_WORDS;
    }

    private static boolean isTitleTail(String line) {
        if (TextLines.words(line) > MAX_TITLE_PART_WORDS || line.length() > MAX_TITLE_PART_CHARS) {
            return false;
        }
        // a title may end in "?" or "!", never in "." or "…"
        return (!LineEnds.endsSentence(line) || LineEnds.endsQuestionOrExclamation(line))
                && !LineEnds.endsWithColon(line)
                && !LineEnds.endsMidSentence(line) && !LineEnds.startsListItem(line);
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
