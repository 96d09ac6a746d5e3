package dev.newsline.ingest.decode;

import java.lang.Character.UnicodeScript;

/**
 * Judges whether a legacy decoding produced text in some script rather than mojibake: the non-ASCII characters
 * are letters (or common punctuation) of a single script, and sit next to other letters. Latin text has mostly
 * ASCII letters, so when the non-ASCII letters are Latin they must be a minority of all letters; decoding Arabic
 * bytes as Latin-1 gives nearly all "ÇáÑíÇÖ" letters and fails that test.
 */
final class TextPlausibility {

    static final double MIN_SCRIPT_SHARE = 0.95;
    static final double MIN_NEIGHBOURED_SHARE = 0.8;
    static final double MAX_ACCENTED_LATIN_SHARE = 0.4;
    private static final String COMMON_NON_ASCII = "«»“”„‘’‚‹›–—…•·°€£§©®™×÷،؛؟٪٫٬«»\u00a0\u200c\u200d";

    private TextPlausibility() {
    }

    static boolean plausible(String text) {
        int nonAscii = 0;
        int odd = 0;
        int neighboured = 0;
        int asciiLetters = 0;
        int[] scripts = new int[UnicodeScript.values().length];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (Character.isLetter(c)) {
                    asciiLetters++;
                }
                if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                    odd++;
                }
                continue;
            }
            if (COMMON_NON_ASCII.indexOf(c) >= 0) {
                continue;
            }
            nonAscii++;
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || Character.isDigit(c)) {
                scripts[UnicodeScript.of(c).ordinal()]++;
                boolean before = i > 0 && Character.isLetter(text.charAt(i - 1));
                boolean after = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
                if (before || after) {
                    neighboured++;
                }
            } else {
                odd++;
            }
        }
        if (nonAscii == 0) {
            return odd == 0;
        }
        int main = 0;
        int mainIndex = 0;
        for (int s = 0; s < scripts.length; s++) {
            if (scripts[s] > main) {
                main = scripts[s];
                mainIndex = s;
            }
        }
        if (odd > 0.01 * text.length() || main < MIN_SCRIPT_SHARE * (nonAscii - countCommonScript(scripts))
                || neighboured < MIN_NEIGHBOURED_SHARE * nonAscii) {
            return false;
        }
        boolean latin = UnicodeScript.values()[mainIndex] == UnicodeScript.LATIN;
        return !latin || main <= MAX_ACCENTED_LATIN_SHARE * (main + asciiLetters);
    }

    /** Most non-ASCII letters are Arabic script. */
    static boolean mostlyArabicScript(String text) {
        int arabic = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && Character.isLetter(c)) {
                if (UnicodeScript.of(c) == UnicodeScript.ARABIC) {
                    arabic++;
                } else {
                    other++;
                }
            }
        }
        return arabic > 0 && arabic >= MIN_SCRIPT_SHARE * (arabic + other);
    }

    private static int countCommonScript(int[] scripts) {
        return scripts[UnicodeScript.COMMON.ordinal()] + scripts[UnicodeScript.INHERITED.ordinal()];
    }
}
