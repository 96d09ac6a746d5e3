package dev.newsline.enrich.normalize;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Folds text into its match form: NFKC with case folding, marks (harakat) and tatweel removed, Arabic and
 * Persian letter variants made one, native digits made ASCII, ZWNJ made a word break; words found by ICU
 * word segmentation, split again where the script changes. The original is never changed: every folded
 * character remembers which original characters it came from, so tokens index the original string.
 * Instances are not thread-safe (ICU break iterators are not); use one per thread or per processor.
 */
public final class MatchFormNormalizer {

    private final BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    private final CodePointFolder.Scratch scratch = new CodePointFolder.Scratch();
    private final StringBuilder expansion = new StringBuilder(32);

    /** The match form of {@code original}, with offsets into it. */
    public MatchText normalize(String original) {
        int n = original.length();
        StringBuilder folded = new StringBuilder(n);
        Offsets offsets = new Offsets(n + 16);
        for (int i = 0; i < n; ) {
            char ch = original.charAt(i);
            if (!Character.isSurrogate(ch)) {
                char f = CodePointFolder.lookup(ch);
                if (f == CodePointFolder.DROP) {
                    offsets.extendLast(i, i + 1);
                } else if (f == CodePointFolder.EXPAND) {
                    appendAll(CodePointFolder.expansion(ch), i, i + 1, folded, offsets);
                } else {
                    folded.append(f);
                    offsets.add(i, i + 1);
                }
                i++;
            } else {
                int cp = original.codePointAt(i);
                int next = i + Character.charCount(cp); // a lone surrogate counts as one char
                expansion.setLength(0);
                CodePointFolder.fold(cp, scratch, expansion);
                if (expansion.length() == 0) {
                    offsets.extendLast(i, next);
                } else {
                    appendAll(expansion, i, next, folded, offsets);
                }
                i = next;
            }
        }
        return segment(folded.toString(), offsets);
    }

    /** The match form of a short string (a gazetteer name, a rule term) as one space-separated string. */
    public String fold(String text) {
        return normalize(text).folded();
    }

    private static void appendAll(CharSequence chars, int from, int to, StringBuilder out, Offsets offsets) {
        out.append(chars);
        for (int k = chars.length(); k > 0; k--) {
            offsets.add(from, to); // every char of an expansion (ß → ss, ﷲ → الله) points at its source
        }
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
            int from = start;
            for (int i = start + 1; i < end; i++) {
                if (!Character.isLowSurrogate(folded.charAt(i))
                        && ScriptBoundary.between(folded.codePointBefore(i), folded.codePointAt(i))) {
                    addToken(folded, from, i, offsets, tokens, joined);
                    from = i;
                }
            }
            addToken(folded, from, end, offsets, tokens, joined);
        }
        return new MatchText(joined.toString(), tokens);
    }

    private static void addToken(String folded, int start, int end, Offsets offsets, List<MatchToken> tokens,
                                 StringBuilder joined) {
        String word = folded.substring(start, end);
        // Words out of one ligature (ﷺ → four words) all get the ligature's span.
        tokens.add(new MatchToken(word, offsets.start(start), offsets.end(end - 1)));
        if (joined.length() > 0) {
            joined.append(' ');
        }
        joined.append(word);
    }

    /** For each folded char, the span of original chars it came from. */
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

        /** A dropped char (a trailing haraka, tatweel) joins the span of the char before it, so highlights keep it. */
        void extendLast(int from, int to) {
            if (size > 0 && ends[size - 1] == from) {
                ends[size - 1] = to;
            }
        }

        int start(int foldedIndex) {
            return starts[foldedIndex];
        }

        int end(int foldedIndex) {
            return ends[foldedIndex];
        }
    }
}
