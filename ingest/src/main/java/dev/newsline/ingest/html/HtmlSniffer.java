package dev.newsline.ingest.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Tells a web page from plain text or JSON: a {@code content-type} header that says HTML, or bytes that open (after
 * a byte-order mark, white space and comments) with a doctype, {@code <html>}, {@code <head>} or {@code <body>} tag.
 */
public final class HtmlSniffer {

    /** How far into the bytes the opening tag is looked for. */
    static final int SNIFF_BYTES = 2048;
    private static final String[] OPENINGS = {"<!doctype html", "<html", "<head", "<body", "<meta "};

    private HtmlSniffer() {
    }

    /** True when the record is a web page. */
    public static boolean isHtml(Map<String, String> headers, byte[] value) {
        String type = headers.get("content-type");
        if (type != null) {
            String t = type.toLowerCase(Locale.ROOT);
            return t.contains("html") || !t.contains("json") && opensLikeHtml(value);
        }
        return opensLikeHtml(value);
    }

    /** The bytes open like an HTML document (ASCII-compatible encodings; UTF-16 pages need a content-type). */
    static boolean opensLikeHtml(byte[] value) {
        if (value == null) {
            return false;
        }
        int end = Math.min(value.length, SNIFF_BYTES);
        String head = new String(value, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (i < head.length()) {
            char c = head.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (head.startsWith("<!--", i)) {
                int close = head.indexOf("-->", i + 4);
                if (close < 0) {
                    return false;
                }
                i = close + 3;
            } else if (head.startsWith("<?xml", i)) {
                int close = head.indexOf("?>", i);
                if (close < 0) {
                    return false;
                }
                i = close + 2;
            } else {
                for (String opening : OPENINGS) {
                    if (head.startsWith(opening, i)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
