package dev.newsline.ingest.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The charset a page declares: the {@code charset} parameter of its HTTP Content-Type, or the first
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="…; charset=…">} in its first bytes
 * (read as ASCII, as the HTML standard's prescan does). A declaration is only a claim: the decoder checks it.
 */
final class DeclaredCharset {

    /** How far into the bytes a {@code <meta>} declaration is looked for (the HTML standard says 1024). */
    static final int PRESCAN_BYTES = 4096;
    private static final int MAX_NAME_CHARS = 40;

    private DeclaredCharset() {
    }

    /** The {@code charset} parameter of an HTTP Content-Type, or null. */
    static String fromContentType(String contentType) {
        return contentType == null ? null : afterCharsetKey(contentType.toLowerCase(Locale.ROOT), 0);
    }

    /** The charset of the first {@code <meta>} that declares one in the first {@link #PRESCAN_BYTES}, or null. */
    static String fromMeta(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int meta = head.indexOf("<meta");
        while (meta >= 0) {
            int close = head.indexOf('>', meta);
            if (close < 0) {
                return null;
            }
            String name = afterCharsetKey(head.substring(meta, close), 0);
            if (name != null) {
                return name;
            }
            meta = head.indexOf("<meta", close);
        }
        return null;
    }

    /** The value after the first "charset" key from {@code from}, without quotes, or null. */
    private static String afterCharsetKey(String s, int from) {
        int key = s.indexOf("charset", from);
        if (key < 0) {
            return null;
        }
        int i = key + "charset".length();
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= s.length() || s.charAt(i) != '=') {
            return null;
        }
        i++;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '"' || s.charAt(i) == '\'')) {
            i++;
        }
        int start = i;
        while (i < s.length() && i - start < MAX_NAME_CHARS && isNameChar(s.charAt(i))) {
            i++;
        }
        return i > start ? s.substring(start, i) : null;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':';
    }
}
