package dev.newsline.enrich.tag.topic;

import dev.newsline.enrich.model.Mention;
import java.util.Arrays;
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
        int n = longestFirst.size();
        // The sort keys in arrays, compared directly: one comparator chain of lambdas re-read every mention per call.
        List<String> fields = longestFirst.stream().map(Mention::field).distinct().sorted().toList();
        int[] fieldRank = new int[n];
        int[] start = new int[n];
        int[] end = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Mention m = longestFirst.get(i);
            fieldRank[i] = fields.size() == 1 ? 0 : fields.indexOf(m.field());
            start[i] = m.start();
            end[i] = m.end();
            order[i] = i;
        }
        // field, then start, then longer first, then the given order
        Arrays.sort(order, (a, b) -> fieldRank[a] != fieldRank[b] ? Integer.compare(fieldRank[a], fieldRank[b])
                : start[a] != start[b] ? Integer.compare(start[a], start[b])
                : end[a] != end[b] ? Integer.compare(end[b], end[a])
                : Integer.compare(a, b));
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
