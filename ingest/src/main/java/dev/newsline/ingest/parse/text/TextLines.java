package dev.newsline.ingest.parse.text;

import java.util.ArrayList;
import java.util.List;

/** Splits raw article text into tidy lines; a blank line comes out as "". */
public final class TextLines {

    private TextLines() {
    }

    /**
     * Splits on any line break (CR, LF, CRLF, NEL, U+2028/2029), turns tabs, no-break and other odd spaces and
     * control characters into plain spaces, drops byte-order marks, collapses runs of spaces and strips each line.
     */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000b'
                    || c == '\f') {
                lines.add(tidy(line));
                line.setLength(0);
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\ufeff') {
                continue;
            } else if (Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\u200b') {
                line.append(' ');
            } else {
                line.append(c);
            }
        }
        lines.add(tidy(line));
        return lines;
    }

    /** Number of space-separated words. */
    public static int words(String line) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = line.charAt(i) == ' ';
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    private static String tidy(CharSequence raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' && (b.length() == 0 || b.charAt(b.length() - 1) == ' ')) {
                continue;
            }
            b.append(c);
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }
}
