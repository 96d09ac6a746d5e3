package dev.newsline.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extraction benchmark's per-page score (its README, "The metric"): texts become multisets of 4-token shingles
 * of word-character runs; true positives, false positives and false negatives are counted with multiplicity and
 * divided by their sum, so that every page weighs the same.
 *
 * @param tp normalized true positives
 * @param fp normalized false positives
 * @param fn normalized false negatives
 * @param exact the predicted text has exactly the expected token sequence
 */
record ShingleScore(double tp, double fp, double fn, boolean exact) {

    static final int SHINGLE = 4;

    static ShingleScore of(String expected, String predicted) {
        List<String> want = tokens(expected);
        List<String> got = tokens(predicted);
        Map<List<String>, Integer> wantShingles = shingles(want);
        Map<List<String>, Integer> gotShingles = shingles(got);
        Set<List<String>> all = new HashSet<>(wantShingles.keySet());
        all.addAll(gotShingles.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> s : all) {
            int w = wantShingles.getOrDefault(s, 0);
            int g = gotShingles.getOrDefault(s, 0);
            tp += Math.min(w, g);
            fp += Math.max(0, g - w);
            fn += Math.max(0, w - g);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new ShingleScore(tp, fp, fn, want.equals(got));
    }

    /** Precision of this page: 1 when nothing was expected or predicted beside what matched. */
    double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    /** Runs of word characters, as Python's {@code \w+} finds them (letters, digits, underscore). */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && isWordChar(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c) || c == '_') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        // as the benchmark's own code: a text shorter than a shingle is one shorter shingle
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }
}
