package dev.newsline.enrich.normalize;

/**
 * Word boundaries for folded text in Latin, Greek, Cyrillic and Arabic script, by the Unicode word rules
 * (UAX #29) that matter there, without ICU's rule engine, which costs about half of all normalization time.
 * Text with any other character (CJK, Thai, Hebrew, Indic, emoji…) is left to ICU, which has the
 * dictionaries and the rest of the rules; MatchFormNormalizerTest checks that both agree on covered text.
 */
final class AlphabeticWordBreaker {

    private static final byte OUTSIDE = 0;     // not covered: use ICU for the whole text
    private static final byte OTHER = 1;       // space, punctuation, symbol: never part of a word
    private static final byte LETTER = 2;
    private static final byte DIGIT = 3;
    private static final byte MID_LETTER = 4;  // joins letters: a·b
    private static final byte MID_NUM = 5;     // joins digits: 1,000
    private static final byte MID_NUM_LET = 6; // joins either: u.s, l'iran, 3.5
    private static final byte EXTEND_NUM_LET = 7; // joins anything: snake_case

    private static final byte[] CLASSES = new byte[0x10000];

    static {
        for (int c = 0; c < CLASSES.length; c++) {
            CLASSES[c] = classify((char) c);
        }
    }

    /** Receives each word as a [start, end) range of the folded text. */
    interface Words {
        void word(int start, int end);
    }

    private AlphabeticWordBreaker() {
    }

    /** True when every char of {@code chars[0, size)} is one these rules cover. */
    static boolean covers(char[] chars, int size) {
        for (int i = 0; i < size; i++) {
            if (CLASSES[chars[i]] == OUTSIDE) {
                return false;
            }
        }
        return true;
    }

    /** Reports the words (runs holding a letter or a digit, or a run of "__" as ICU has it) of covered text. */
    static void words(char[] chars, int size, Words out) {
        int start = 0;
        boolean alnum = false;
        for (int i = 0; i < size; i++) {
            if (i > start && !joins(chars, size, i)) {
                if (alnum || i - start >= 2) { // two or more chars without a letter: "__" joined by WB13a
                    out.word(start, i);
                }
                start = i;
                alnum = false;
            }
            byte cur = CLASSES[chars[i]];
            alnum |= cur == LETTER || cur == DIGIT;
        }
        if (size > start && (alnum || size - start >= 2)) {
            out.word(start, size);
        }
    }

    /** True when there is no word boundary between chars[i - 1] and chars[i] (UAX #29 WB5–WB13b). */
    private static boolean joins(char[] chars, int size, int i) {
        byte prev = CLASSES[chars[i - 1]];
        byte cur = CLASSES[chars[i]];
        byte prevPrev = i >= 2 ? CLASSES[chars[i - 2]] : OTHER;
        byte next = i + 1 < size ? CLASSES[chars[i + 1]] : OTHER;
        boolean alnumPrev = prev == LETTER || prev == DIGIT;
        boolean alnumCur = cur == LETTER || cur == DIGIT;
        if (alnumPrev && alnumCur) {
            return true;                                                       // WB5, WB8–WB10
        }
        if (prev == LETTER && (cur == MID_LETTER || cur == MID_NUM_LET) && next == LETTER) {
            return true;                                                       // WB6
        }
        if (prevPrev == LETTER && (prev == MID_LETTER || prev == MID_NUM_LET) && cur == LETTER) {
            return true;                                                       // WB7
        }
        if (prevPrev == DIGIT && (prev == MID_NUM || prev == MID_NUM_LET) && cur == DIGIT) {
            return true;                                                       // WB11
        }
        if (prev == DIGIT && (cur == MID_NUM || cur == MID_NUM_LET) && next == DIGIT) {
            return true;                                                       // WB12
        }
        if ((alnumPrev || prev == EXTEND_NUM_LET) && cur == EXTEND_NUM_LET) {
            return true;                                                       // WB13a
        }
        return prev == EXTEND_NUM_LET && alnumCur;                             // WB13b
    }

    private static byte classify(char c) {
        switch (c) {
            case '.', '\'', '\u2018', '\u2019', '\u2024' -> {
                return MID_NUM_LET;
            }
            case ':', '\u00B7', '\u0387', '\u2027' -> {
                return MID_LETTER;
            }
            case ',', ';', '\u037E', '\u060D', '\u066C', '\u2044' -> {
                return MID_NUM;
            }
            case '_', '\u203F', '\u2040', '\u2054' -> {
                return EXTEND_NUM_LET;
            }
            default -> {
                // fall through to the ranges below
            }
        }
        boolean covered = c < 0x02B0 || (c >= 0x0370 && c < 0x0530) || (c >= 0x0600 && c < 0x0700)
                || (c >= 0x0750 && c < 0x0780) || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2000 && c < 0x2070)
                || (c >= 0x20A0 && c < 0x20D0);
        if (!covered || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.ENCLOSING_MARK || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
            return OUTSIDE; // marks and format chars never reach here after folding; if one does, ICU decides
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (Character.isDigit(c)) {
            return OUTSIDE; // native digits are folded to ASCII before segmentation
        }
        return Character.isLetter(c) ? LETTER : OTHER;
    }
}
