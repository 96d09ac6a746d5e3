package dev.newsline.enrich.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/**
 * Where a word that ICU keeps whole should still be split: between letters of different scripts
 * ("iPhoneهای" → "iphone" + "هاي") and between digits and non-Latin, non-Cyrillic letters
 * ("۲۰۲۴م" → "2024" + "م"), so that names and numbers are found next to foreign affixes.
 * Latin and Cyrillic letters keep their digits ("g20", "covid19", "миг29").
 */
final class ScriptBoundary {

    private static final int DIGIT = -2;
    private static final int NEUTRAL = -1;

    /** Precomputed for the BMP: the per-character loop over every article must not ask ICU twice a char. */
    private static final short[] BMP_CLASSES = new short[0x10000];

    static {
        for (int c = 0; c < BMP_CLASSES.length; c++) {
            BMP_CLASSES[c] = (short) computeClass(c);
        }
    }

    private ScriptBoundary() {
    }

    /** True when a word must be split between code points {@code before} and {@code after}. */
    static boolean between(int before, int after) {
        int a = classOf(before);
        int b = classOf(after);
        if (a == b || a == NEUTRAL || b == NEUTRAL) {
            return false;
        }
        if (a == DIGIT || b == DIGIT) {
            int letters = a == DIGIT ? b : a;
            return letters != UScript.LATIN && letters != UScript.CYRILLIC;
        }
        return !(isEastAsian(a) && isEastAsian(b)); // ICU's dictionaries already segment these
    }

    /** The script of a letter, {@link #DIGIT}, or {@link #NEUTRAL} for joiners inside words (' . _). */
    private static int classOf(int cp) {
        return cp < BMP_CLASSES.length ? BMP_CLASSES[cp] : computeClass(cp);
    }

    private static int computeClass(int cp) {
        if (!UCharacter.isLetter(cp)) {
            return UCharacter.isDigit(cp) ? DIGIT : NEUTRAL;
        }
        int script = UScript.getScript(cp);
        return script == UScript.COMMON || script == UScript.INHERITED ? NEUTRAL : script;
    }

    private static boolean isEastAsian(int script) {
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                || script == UScript.HANGUL;
    }
}
