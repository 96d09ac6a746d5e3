package dev.newsline.enrich.tag;

import java.util.Set;

/** True/false positives and false negatives of a labelled evaluation, with micro precision, recall and F1. */
public final class EvalCounts {

    public int tp;
    public int fp;
    public int fn;
    public int articles;

    /** Counts one article: what the tagger gave against what the labels say. */
    public void add(Set<String> gold, Set<String> got) {
        articles++;
        for (String g : got) {
            if (gold.contains(g)) {
                tp++;
            } else {
                fp++;
            }
        }
        for (String g : gold) {
            if (!got.contains(g)) {
                fn++;
            }
        }
    }

    public double precision() {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
