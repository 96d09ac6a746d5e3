package dev.newsline.enrich.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Folds text into its match form: NFKC with case folding, marks (harakat) and tatweel removed, Arabic and
 * Persian letter variants made one, native digits made ASCII, ZWNJ made a word break; words found by ICU
 * word segmentation. The original is never changed: every folded character remembers where it came from.
 * Instances are not thread-safe (ICU break iterators are not); use one per thread or per processor.
 */
public final class MatchFormNormalizer {

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final char TATWEEL = '\u0640';
    private static final char ZWNJ = '\u200C';

    private final BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);

    /** The match form of {@code original}, with offsets into it. */
    public MatchText normalize(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        Offsets offsets = new Offsets(original.length() + 16);
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            appendFolded(cp, i, next, folded, offsets);
            i = next;
        }
        return segment(folded.toString(), offsets);
    }

    /** The match form of a short string (a gazetteer name, a rule term) as one space-separated string. */
    public String fold(String text) {
        return normalize(text).folded();
    }

    private static void appendFolded(int cp, int from, int to, StringBuilder out, Offsets offsets) {
        if (cp == ZWNJ) {
            // ZWNJ, space and no space must match alike at word joins: make it a break; callers compare joined words.
            out.append(' ');
            offsets.add(from, to);
            return;
        }
        if (cp == TATWEEL || cp == '\u200D' || cp == '\u00AD') {
            return;
        }
        String nf = NFD.normalize(NFKC_CF.normalize(new String(Character.toChars(cp))));
        for (int j = 0; j < nf.length(); ) {
            int c = nf.codePointAt(j);
            j += Character.charCount(c);
            int type = UCharacter.getType(c);
            if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                    || type == UCharacterCategory.FORMAT) {
                continue;
            }
            if (type == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
                c = '0' + UCharacter.digit(c, 10);
            } else if (UCharacter.isUWhiteSpace(c)) {
                c = ' ';
            } else {
                c = foldLetter(c);
            }
            out.appendCodePoint(c);
            for (int k = Character.charCount(c); k > 0; k--) {
                offsets.add(from, to);
            }
        }
    }

    /** Arabic-script letter variants that writers and keyboards use interchangeably. */
    private static int foldLetter(int c) {
        return switch (c) {
            case '\u06CC', '\u0649', '\u06D2', '\u0626' -> '\u064A';          // ی ى ے ئ → ي
            case '\u06A9', '\u06AA' -> '\u0643';                               // ک ڪ → ك
            case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673' -> '\u0627'; // أ إ آ ٱ → ا
            case '\u0629', '\u06C0', '\u06C1', '\u06BE', '\u06D5' -> '\u0647'; // ة ۀ ہ ھ ە → ه
            case '\u0624' -> '\u0648';                                         // ؤ → و
            default -> c;
        };
    }

    private MatchText segment(String folded, Offsets offsets) {
        List<MatchToken> tokens = new ArrayList<>();
        StringBuilder joined = new StringBuilder(folded.length());
        words.setText(folded);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() == BreakIterator.WORD_NONE) {
                continue; // spaces and punctuation
            }
            String word = folded.substring(start, end);
            tokens.add(new MatchToken(word, offsets.start(start), offsets.end(end - 1)));
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(word);
        }
        return new MatchText(joined.toString(), tokens);
    }

    /** For each folded char, the original code point it came from (start and end index). */
    private static final class Offsets {
        private int[] starts;
        private int[] ends;
        private int size;

        Offsets(int capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(int from, int to) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = from;
            ends[size] = to;
            size++;
        }

        int start(int foldedIndex) {
            return starts[foldedIndex];
        }

        int end(int foldedIndex) {
            return ends[foldedIndex];
        }
    }
}
