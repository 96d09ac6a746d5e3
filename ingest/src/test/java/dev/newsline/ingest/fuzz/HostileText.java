package dev.newsline.ingest.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** Pieces of hostile text the generator splices into articles: runs, odd characters, random words in many scripts. */
final class HostileText {

    /** Units repeated into runs where the parser's patterns look: punctuation, spaces, comma-separated words. */
    static final List<String> RUN_UNITS = List.of(",", ", ", ",,", " ,", ":", "：", "(", ")", "()", "((", "-", "–",
            "—", ".", "…", "،", "؛", "«", "»", "'", "\"", "|", "/", "#", "*", " ", "\t", "\u00a0", "\u200c", "A,",
            "A ,", "Ab, ", "(A) ", "a:", "1-", "1/", "12.", "\n", "\r", "\n\n", " \n", "\r\n");

    private static final int[][] SCRIPTS = {
        {'a', 'z'}, {'A', 'Z'}, {0x00C0, 0x024F}, {0x0400, 0x04FF}, {0x0600, 0x06FF}, {0x0750, 0x077F},
        {0x05D0, 0x05EA}, {0x0900, 0x097F}, {0x0E00, 0x0E7F}, {0x1780, 0x17FF}, {0x3040, 0x30FF},
        {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0x1F300, 0x1FAFF}, {0x0030, 0x0039}, {0x0660, 0x0669}, {0x06F0, 0x06F9},
    };
    private static final String BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c";
    private static final String ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u0640";
    private static final String LINE_BREAKS = "\u0085\u2028\u2029\u000b\u000c\r";

    private HostileText() {
    }

    /** {@code unit} repeated until the run has at least {@code length} chars. */
    static String run(String unit, int length) {
        return unit.repeat(Math.max(1, (length + unit.length() - 1) / unit.length()));
    }

    /** A run of one random unit of {@link #RUN_UNITS}. */
    static String punctuationRun(SplittableRandom r, int length) {
        return run(RUN_UNITS.get(r.nextInt(RUN_UNITS.size())), length);
    }

    /** A letter or digit of a random script (emoji included, so surrogate pairs too). */
    static int codePoint(SplittableRandom r) {
        int[] range = SCRIPTS[r.nextInt(SCRIPTS.length)];
        return r.nextInt(range[0], range[1] + 1);
    }

    /** {@code chars} or so chars of random letters of one script, no spaces. */
    static String word(SplittableRandom r, int chars) {
        int[] range = SCRIPTS[r.nextInt(SCRIPTS.length)];
        StringBuilder b = new StringBuilder(chars + 1);
        while (b.length() < chars) {
            b.appendCodePoint(r.nextInt(range[0], range[1] + 1));
        }
        return b.toString();
    }

    /** Random code points of any kind, assigned or not, lone surrogates included. */
    static String anyChars(SplittableRandom r, int chars) {
        StringBuilder b = new StringBuilder(chars + 1);
        while (b.length() < chars) {
            b.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0, 0x110000) : r.nextInt(0, 0x3000));
        }
        return b.toString();
    }

    /** A run of characters that change direction, join, break lines or combine, or are controls. */
    static String oddCharacters(SplittableRandom r, int length) {
        StringBuilder b = new StringBuilder(length + 2);
        int mode = r.nextInt(7);
        while (b.length() < length) {
            switch (mode) {
                case 0 -> b.append(BIDI.charAt(r.nextInt(BIDI.length())));
                case 1 -> b.append(ZERO_WIDTH.charAt(r.nextInt(ZERO_WIDTH.length())));
                case 2 -> b.append((char) r.nextInt(0x0300, 0x0370)); // Latin combining marks
                case 3 -> b.append((char) r.nextInt(0x064B, 0x0653)); // Arabic harakat
                case 4 -> b.append(LINE_BREAKS.charAt(r.nextInt(LINE_BREAKS.length())));
                case 5 -> b.appendCodePoint(r.nextBoolean() ? 0xE0001 + r.nextInt(0x7E) : 0xFE00 + r.nextInt(16));
                default -> b.append((char) r.nextInt(1, 0x20));
            }
        }
        return b.toString();
    }

    /** Text with {@code snippet} put at a random place, or at the start of a random line. */
    static String insert(SplittableRandom r, String text, String snippet) {
        int at = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
        if (r.nextBoolean()) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1));
            at = lineStart < 0 ? 0 : lineStart + 1;
        }
        return text.substring(0, at) + snippet + text.substring(at);
    }

    /** A JSON string literal of {@code s}, escaping only what JSON requires. */
    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
