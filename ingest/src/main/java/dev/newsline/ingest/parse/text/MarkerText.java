package dev.newsline.ingest.parse.text;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text so that marker words match whatever spelling variant a feed used. */
public final class MarkerText {

    private MarkerText() {
    }

    /**
     * Lower case, accents and Arabic diacritics/tatweel dropped, Arabic and Persian letter variants unified,
     * ZWNJ read as a space, native digits as ASCII, runs of spaces collapsed. Only for matching: never shown.
     */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || c == '\u0640') {
                continue;
            }
            b.append(switch (c) {
                case 'ى', 'ی', 'ې' -> 'ي';
                case 'ک' -> 'ك';
                case 'ة', 'ۀ', 'ہ', 'ھ' -> 'ه';
                case 'ٱ' -> 'ا';
                case 'ı' -> 'i';
                case '\u200c', '\u200d', '\u00a0', '\t' -> ' ';
                default -> nativeDigit(c);
            });
        }
        return collapseSpaces(b.toString().toLowerCase(Locale.ROOT)).strip();
    }

    private static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' || b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** ASCII digit for Arabic-Indic and Persian digits; other characters unchanged. */
    public static char nativeDigit(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06f0' && c <= '\u06f9') {
            return (char) ('0' + (c - '\u06f0'));
        }
        return c;
    }
}
