package dev.newsline.ingest.parse.layout;

import dev.newsline.ingest.parse.text.TextLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins hard-wrapped lines into paragraphs.
 *
 * <p>The break after line A, with or without blank lines after it, is a wrap (joined with one space) when:
 * <ul>
 *   <li>the next line does not start like a list item ("* ", "- ", "3) "), and</li>
 *   <li>A ends in a comma, semicolon, dash or opening quote (the sentence clearly goes on), or</li>
 *   <li>A does not finish a sentence and is long. A line ending in . ! ? ؟ … ۔ (closing quotes or brackets may
 *       follow) finishes its paragraph. So does a line ending in ":": it introduces a quote or a list, which
 *       stays a paragraph of its own. "Long" means at least {@value #MIN_WORDS} words, {@value #MIN_CHARS} characters
 *       and {@value #WIDTH_SHARE} of the wrap width: feeds wrap at a fixed width, so a wrapped line is nearly full, while a short line
 *       without a full stop is a heading, dateline, byline or verse, and keeps its own paragraph. The wrap
 *       width is the text's 90th-percentile line length, or the longest line of A's block of adjacent lines if
 *       that block has several lines and is narrower (texts that wrap some paragraphs and not others).</li>
 * </ul>
 * A wrap that falls just after a full stop cannot be told from a paragraph end in texts that put one paragraph
 * per line without blank lines (the Arabic feed does), so it is taken as a paragraph end.
 *
 * <p>Wraps can fall inside a word ("قره" / "باغ"); the parts are still joined with a space, since feeds that wrap
 * words do it at a space they dropped. A Latin word hyphenated at the end of a line ("long-" / "awaited") keeps
 * its hyphen and is joined without a space: without a dictionary "govern-" / "ments" cannot be told apart.
 */
public final class LineUnwrapper {

    static final int MIN_WORDS = 4;
    static final int MIN_CHARS = 50;
    static final double WIDTH_SHARE = 0.6;

    /** Paragraphs, in order, from tidy lines (blank lines are ""). */
    public List<String> paragraphs(List<String> lines) {
        List<String> content = new ArrayList<>();
        List<Integer> block = new ArrayList<>();
        List<Integer> blockWidth = new ArrayList<>();
        List<Integer> blockSize = new ArrayList<>();
        boolean blank = true;
        for (String line : lines) {
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            if (blank) {
                blockWidth.add(0);
                blockSize.add(0);
            }
            int b = blockWidth.size() - 1;
            blockWidth.set(b, Math.max(blockWidth.get(b), line.length()));
            blockSize.set(b, blockSize.get(b) + 1);
            block.add(b);
            content.add(line);
            blank = false;
        }
        List<String> paragraphs = new ArrayList<>();
        if (content.isEmpty()) {
            return paragraphs;
        }
        int typical = typicalLength(content);
        StringBuilder current = new StringBuilder(content.get(0));
        for (int i = 1; i < content.size(); i++) {
            String previous = content.get(i - 1);
            int b = block.get(i - 1);
            int width = blockSize.get(b) > 1 ? Math.min(typical, blockWidth.get(b)) : typical;
            if (continues(previous, content.get(i), (int) Math.ceil(WIDTH_SHARE * width))) {
                join(current, content.get(i));
            } else {
                paragraphs.add(current.toString());
                current.setLength(0);
                current.append(content.get(i));
            }
        }
        paragraphs.add(current.toString());
        return paragraphs;
    }

    private static boolean continues(String previous, String next, int longLine) {
        if (LineEnds.startsListItem(next)) {
            return false;
        }
        if (LineEnds.endsMidSentence(previous)) {
            return true;
        }
        if (LineEnds.endsSentence(previous) || LineEnds.endsWithColon(previous)) {
            return false;
        }
        return TextLines.words(previous) >= MIN_WORDS && previous.length() >= Math.max(MIN_CHARS, longLine);
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
