package dev.newsline.enrich.tag.topic;

import dev.newsline.enrich.model.Mention;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Finds the mentions that lie inside a longer one, so that "conflict" in "armed conflict" counts once. */
final class NestedMentions {

    private NestedMentions() {
    }

    /**
     * For mentions sorted longest first: which lie inside a longer mention of their field, or repeat the span of
     * an earlier one. One sweep in order of start (longer first at equal starts) keeping the furthest end seen:
     * O(n log n), where comparing each mention with all kept ones was quadratic in a body of one repeated word.
     */
    static boolean[] insideAnother(List<Mention> longestFirst) {
        Integer[] order = new Integer[longestFirst.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> longestFirst.get(i).field())
                .thenComparingInt(i -> longestFirst.get(i).start())
                .thenComparing(Comparator.comparingInt((Integer i) -> longestFirst.get(i).end()).reversed())
                .thenComparingInt(i -> i));
        boolean[] inside = new boolean[order.length];
        String field = null;
        int furthestEnd = Integer.MIN_VALUE;
        for (int g = 0; g < order.length; ) {
            Mention m = longestFirst.get(order[g]);
            if (!m.field().equals(field)) {
                field = m.field();
                furthestEnd = Integer.MIN_VALUE;
            }
            boolean covered = furthestEnd >= m.end(); // an earlier start reaching as far, or a longer same start
            int next = g;
            while (next < order.length && sameSpan(longestFirst.get(order[next]), m)) {
                inside[order[next]] = covered || next > g; // of equal spans the first in longest-first order stays
                next++;
            }
            furthestEnd = Math.max(furthestEnd, m.end());
            g = next;
        }
        return inside;
    }

    private static boolean sameSpan(Mention a, Mention b) {
        return a.start() == b.start() && a.end() == b.end() && a.field().equals(b.field());
    }
}
