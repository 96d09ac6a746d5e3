package dev.newsline.enrich.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/**
 * Folds one code point into its match form (zero, one or more code points). Every BMP character's fold is
 * computed once into a table, so the per-article loop is a lookup; only supplementary code points go
 * through ICU at run time.
 */
final class CodePointFolder {

    /** Table value: the character folds to nothing (a mark, tatweel, a format character). */
    static final char DROP = '\uFFFF';
    /** Table value: the character folds to several characters; see {@link #expansion(char)}. */
    static final char EXPAND = '\uFFFE';

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final char[] TABLE = new char[0x10000];
    private static final String[] EXPANSIONS = new String[0x10000];

    static {
        Scratch scratch = new Scratch();
        StringBuilder out = new StringBuilder(32);
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                TABLE[c] = EXPAND; // never looked up: callers read surrogates as pairs
                continue;
            }
            out.setLength(0);
            fold(c, scratch, out);
            if (out.length() == 0) {
                TABLE[c] = DROP;
            } else if (out.length() == 1 && out.charAt(0) != DROP && out.charAt(0) != EXPAND) {
                TABLE[c] = out.charAt(0);
            } else {
                TABLE[c] = EXPAND;
                EXPANSIONS[c] = out.toString();
            }
        }
    }

    private CodePointFolder() {
    }

    /** The fold of a BMP character: a single folded char, {@link #DROP} or {@link #EXPAND}. */
    static char lookup(char c) {
        return TABLE[c];
    }

    /** The several chars a BMP character marked {@link #EXPAND} folds to. */
    static String expansion(char c) {
        return EXPANSIONS[c];
    }

    /** Appends the fold of any code point to {@code out}; {@code scratch} is reused to avoid garbage. */
    static void fold(int cp, Scratch scratch, StringBuilder out) {
        int special = special(cp);
        if (special >= 0) {
            if (special > 0) {
                out.append((char) special);
            }
            return;
        }
        scratch.input.setLength(0);
        scratch.nfkc.setLength(0);
        scratch.nfd.setLength(0);
        NFKC_CF.normalize(scratch.input.appendCodePoint(cp), scratch.nfkc);
        StringBuilder decomposed = NFD.normalize(scratch.nfkc, scratch.nfd);
        for (int j = 0; j < decomposed.length(); ) {
            int c = Character.codePointAt(decomposed, j);
            j += Character.charCount(c);
            int type = UCharacter.getType(c);
            if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                    || type == UCharacterCategory.FORMAT) {
                continue; // harakat, Persian hamza above (U+0654), accents after NFD
            }
            if (type == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
                c = '0' + UCharacter.digit(c, 10);
            } else if (UCharacter.isUWhiteSpace(c)) {
                c = ' ';
            } else {
                c = ArabicLetters.fold(c);
            }
            out.appendCodePoint(c);
        }
    }

    /** -1 for the general rule; 0 to drop; else the one char to emit. Decided before NFKC_Casefold erases them. */
    private static int special(int cp) {
        return switch (cp) {
            // ZWNJ, ZWSP: writers use them between words (or word parts, as in Persian) where no space is shown;
            // a break lets "قره‌باغ", "قره باغ" and "قرهباغ" meet in MatchText.joined().
            case '\u200C', '\u200B' -> ' ';
            // Kashida stretches a word; ZWJ and soft hyphen sit inside a word and must not split it.
            case '\u0640', '\u200D', '\u00AD', '\u2060', '\uFEFF' -> 0;
            // Arabic comma and semicolon separate list items even between digits (ICU treats the comma as
            // a numeric separator, which would glue "۲۰۲۰،۲۰۲۱" into one number); the Arabic decimal and
            // thousands separators stay inside numbers like their ASCII counterparts.
            case '\u060C', '\u061B', '\u061F' -> ' ';
            case '\u066B' -> '.';
            case '\u066C' -> ',';
            default -> -1;
        };
    }

    /** Reusable buffers for {@link #fold}; one per thread. */
    static final class Scratch {
        private final StringBuilder input = new StringBuilder(4);
        private final StringBuilder nfkc = new StringBuilder(32);
        private final StringBuilder nfd = new StringBuilder(32);
    }
}
