package dev.newsline.ingest.parse.layout;

import dev.newsline.ingest.parse.text.TextLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins hard-wrapped lines into paragraphs.
 *
 * <p>A line break, with or without blank lines after it, is a wrap (joined with one space) when the line before
 * it does not finish a sentence and looks like a full line of the article's wrap width:
 * <ul>
 *   <li>a line ending in . ! ? ؟ … ۔ (closing quotes or brackets may follow) ends its paragraph;</li>
 *   <li>a line ending in ":" also ends its paragraph: it introduces a quote or a list, which stays a paragraph
 *       of its own (we never glue it to the next paragraph);</li>
 *   <li>a line ending in a comma, semicolon, dash or opening quote always goes on;</li>
 *   <li>otherwise the line goes on only when it is long: at least {@value #MIN_WORDS} words and at least
 *       {@value #WIDTH_SHARE} of the article's typical line length (90th percentile). Feeds wrap at a fixed width,
 *       so a wrapped line is nearly full; a short line without a full stop is a heading, a dateline, a byline
 *       or a verse, and keeps its own paragraph;</li>
 *   <li>a line starting like a list item ("* ", "- ", "3) ") is never a continuation.</li>
 * </ul>
 * Wraps can fall inside a word ("قره" / "باغ"); the words are still joined with a space, since feeds that wrap
 * words do it at a space they dropped. A Latin word hyphenated at the end of a line ("well-" / "known") keeps
 * its hyphen and is joined without a space.
 */
public final class LineUnwrapper {

    static final int MIN_WORDS = 8;
    static final double WIDTH_SHARE = 0.6;

    /** Paragraphs, in order, from tidy lines (blank lines are ""). */
    public List<String> paragraphs(List<String> lines) {
        List<String> content = lines.stream().filter(l -> !l.isEmpty()).toList();
        List<String> paragraphs = new ArrayList<>();
        if (content.isEmpty()) {
            return paragraphs;
        }
        int longLine = (int) Math.ceil(WIDTH_SHARE * typicalLength(content));
        StringBuilder current = new StringBuilder(content.get(0));
        for (int i = 1; i < content.size(); i++) {
            String previous = content.get(i - 1);
            String line = content.get(i);
            if (continues(previous, line, longLine)) {
                join(current, line);
            } else {
                paragraphs.add(current.toString());
                current.setLength(0);
                current.append(line);
            }
        }
        paragraphs.add(current.toString());
        return paragraphs;
    }

    private static boolean continues(String previous, String next, int longLine) {
        if (LineEnds.endsSentence(previous) || LineEnds.endsWithColon(previous) || LineEnds.startsListItem(next)) {
            return false;
        }
        if (LineEnds.endsMidSentence(previous)) {
            return true;
        }
        return TextLines.words(previous) >= MIN_WORDS && previous.length() >= longLine;
    }

    private static void join(StringBuilder paragraph, String next) {
        int n = paragraph.length();
        boolean hyphenated = n >= 2 && paragraph.charAt(n - 1) == '-' && Character.isLetter(paragraph.charAt(n - 2))
                && Character.isLowerCase(next.codePointAt(0));
        if (!hyphenated) {
            paragraph.append(' ');
        }
        paragraph.append(next);
    }

    private static int typicalLength(List<String> lines) {
        int[] lengths = lines.stream().mapToInt(String::length).sorted().toArray();
        return lengths[Math.min(lengths.length - 1, (int) Math.floor(0.9 * lengths.length))];
    }
}
