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
        if (cp < 0x80) {
            if (cp >= '0' && cp <= '9') {
                return DIGIT;
            }
            return Character.isLetter(cp) ? UScript.LATIN : NEUTRAL;
        }
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
