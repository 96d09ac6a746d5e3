package dev.newsline.enrich.normalize;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Folds text into its match form: NFKC with case folding, marks (harakat) and tatweel removed, Arabic and
 * Persian letter variants made one, native digits made ASCII, ZWNJ made a word break; words found by Unicode
 * word segmentation (a plain UAX #29 breaker for alphabetic scripts, ICU for the rest), split again where the
 * script changes and at a colon glued between Arabic-script words. The original is never changed: every folded character remembers which original
 * characters it came from, so tokens index the original string.
 * Instances are not thread-safe (they reuse buffers and an ICU break iterator); use one per thread.
 */
public final class MatchFormNormalizer {

    private final BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    private final CodePointFolder.Scratch scratch = new CodePointFolder.Scratch();
    private final StringBuilder expansion = new StringBuilder(32);
    private final Folded folded = new Folded();

    /** The match form of {@code original}, with offsets into it. */
    public MatchText normalize(String original) {
        int n = original.length();
        Folded folded = this.folded.reset(n);
        char[] source = folded.source;
        original.getChars(0, n, source, 0); // indexing an array beats String.charAt's per-char checks
        for (int i = 0; i < n; ) {
            char ch = source[i];
            if (!Character.isSurrogate(ch)) {
                char f = CodePointFolder.lookup(ch);
                if (f == CodePointFolder.DROP) {
                    folded.extendLast(i, i + 1);
                } else if (f == CodePointFolder.EXPAND) {
                    folded.addAll(CodePointFolder.expansion(ch), i, i + 1);
                } else {
                    folded.add(f, i, i + 1);
                }
                i++;
            } else {
                int cp = Character.codePointAt(source, i, n);
                int next = i + Character.charCount(cp); // a lone surrogate counts as one char
                expansion.setLength(0);
                CodePointFolder.fold(cp, scratch, expansion);
                if (expansion.length() == 0) {
                    folded.extendLast(i, next);
                } else {
                    folded.addAll(expansion, i, next);
                }
                i = next;
            }
        }
        return segment(folded);
    }

    /** The match form of a short string (a gazetteer name, a rule term) as one space-separated string. */
    public String fold(String text) {
        return normalize(text).folded();
    }

    private MatchText segment(Folded folded) {
        TokenCollector collector = new TokenCollector(folded);
        if (AlphabeticWordBreaker.covers(folded.chars, folded.size)) {
            AlphabeticWordBreaker.words(folded.chars, folded.size, collector);
        } else {
            words.setText(folded.toString());
            int start = words.first();
            for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
                if (words.getRuleStatus() != BreakIterator.WORD_NONE) { // not spaces and punctuation
                    collector.word(start, end);
                }
            }
        }
        return new MatchText(collector.joined.toString(), collector.tokens);
    }

    /** Turns word ranges of the folded text into tokens, split where the script changes. */
    private static final class TokenCollector implements AlphabeticWordBreaker.Words {
        private final Folded folded;
        private final List<MatchToken> tokens = new ArrayList<>();
        private final StringBuilder joined;

        TokenCollector(Folded folded) {
            this.folded = folded;
            this.joined = new StringBuilder(folded.size);
        }

        @Override
        public void word(int start, int end) {
            char[] chars = folded.chars;
            int from = start;
            int before = Character.codePointAt(chars, start, end);
            for (int i = start + Character.charCount(before); i < end; ) {
                int after = Character.codePointAt(chars, i, end);
                if (after == ':' && i + 1 < end && ArabicLetters.isArabicScript(before) && ArabicLetters.isArabicScript(chars[i + 1])) {
                    // UAX #29 keeps a colon between letters in one word (Swedish c:a); Arabic-script news glues
                    // "said:" to the next word without a space (فارس:نیروی), which is two words
                    add(from, i);
                    from = i + 1;
                    before = Character.codePointAt(chars, from, end);
                    i = from + Character.charCount(before);
                    continue;
                }
                if (ScriptBoundary.between(before, after)) {
                    add(from, i);
                    from = i;
                }
                before = after;
                i += Character.charCount(after);
            }
            add(from, end);
        }

        private void add(int start, int end) {
            // Words out of one ligature (ﷺ → four words) all get the ligature's span.
            tokens.add(new MatchToken(new String(folded.chars, start, end - start), folded.start(start),
                    folded.end(end - 1)));
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(folded.chars, start, end - start);
        }
    }

    /**
     * The folded chars, and for each the span of original chars it came from. Reused from article to article
     * (a normalizer serves one thread): these arrays are most of what normalizing would otherwise allocate.
     */
    private static final class Folded {
        /** Buffers above this many chars are not kept after a rare huge article. */
        private static final int KEEP = 1 << 16;

        char[] source = new char[0];
        char[] chars = new char[0];
        int size;
        private int[] starts = new int[0];
        private int[] ends = new int[0];

        /** Empties it, with room for an original of {@code length} chars and a little expansion. */
        Folded reset(int length) {
            int capacity = length + 16;
            if (chars.length < capacity || (chars.length > KEEP && chars.length > 2 * capacity)) {
                chars = new char[capacity];
                starts = new int[capacity];
                ends = new int[capacity];
            }
            if (source.length < length || (source.length > KEEP && source.length > 2 * length)) {
                source = new char[length];
            }
            size = 0;
            return this;
        }

        void add(char c, int from, int to) {
            if (size == chars.length) {
                grow();
            }
            chars[size] = c;
            starts[size] = from;
            ends[size] = to;
            size++;
        }

        /** Every char of an expansion (ß → ss, ﷲ → الله) points at its source. */
        void addAll(CharSequence expansion, int from, int to) {
            for (int k = 0; k < expansion.length(); k++) {
                add(expansion.charAt(k), from, to);
            }
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

        private void grow() {
            int capacity = chars.length * 2;
            chars = Arrays.copyOf(chars, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }

        @Override
        public String toString() {
            return new String(chars, 0, size);
        }
    }
}
