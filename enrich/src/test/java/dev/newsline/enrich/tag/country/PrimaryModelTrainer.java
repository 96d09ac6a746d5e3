package dev.newsline.enrich.tag.country;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the primary model ({@code gazetteer/primary-model.tsv}) on labelled articles: one example per country the
 * tagger finds in an article, positive when the reader made it primary, fitted by liblinear's L2-regularized
 * logistic regression on standardized features; the weights are then folded back onto the raw features.
 */
final class PrimaryModelTrainer {

    /** liblinear's cost C (inverse regularization), chosen by cross-set validation (PrimaryModelTrainingTest). */
    static final double COST = 0.03;
    static final double BEST_THRESHOLD = 0.0;
    static final double OTHER_THRESHOLD = 0.35;
    private static final double EPSILON = 1e-6;

    /** One labelled article as the model sees it: the reader's labels and each found country's features. */
    record Example(String set, String language, Set<String> gold, Set<String> forbidden, List<String> codes,
                   List<double[]> features, List<PrimaryModel.Standing> standings) {
    }

    private PrimaryModelTrainer() {
    }

    /** The examples of {@code articles}, named {@code set}, as {@code tagger} (any model) finds their countries. */
    static List<Example> examples(CountryTagger tagger, String set, List<LabelledArticle> articles) {
        List<Example> out = new ArrayList<>();
        for (LabelledArticle a : articles) {
            List<CountryReader.Candidate> cs = tagger.candidates(Articles.input(a.title(), a.body(), a.language()));
            out.add(new Example(set, a.language(), a.primary(), a.forbidden(),
                    cs.stream().map(CountryReader.Candidate::code).toList(),
                    cs.stream().map(c -> PrimaryFeatures.of(c, cs)).toList(),
                    cs.stream().map(c -> c.reading().standing()).toList()));
        }
        return out;
    }

    /** A model fitted to {@code examples} with cost {@code cost} and the shipped thresholds. */
    static PrimaryModel train(List<Example> examples, double cost) {
        return train(examples, cost, BEST_THRESHOLD, OTHER_THRESHOLD);
    }

    /** A model fitted to {@code examples} with cost {@code cost} and these thresholds. */
    static PrimaryModel train(List<Example> examples, double cost, double bestThreshold, double otherThreshold) {
        int d = PrimaryFeatures.NAMES.size();
        List<double[]> rows = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        for (Example e : examples) {
            for (int i = 0; i < e.codes().size(); i++) {
                if (e.standings().get(i) == PrimaryModel.Standing.OUT) {
                    continue; // never primary: nothing to learn from it
                }
                rows.add(e.features().get(i));
                labels.add(e.gold().contains(e.codes().get(i)) ? 1.0 : 0.0);
            }
        }
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += r[j] / rows.size();
            }
        }
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / rows.size();
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = sd[j] > 0 ? Math.sqrt(sd[j]) : 1; // a feature constant in training carries no weight
        }
        Problem problem = new Problem();
        problem.l = rows.size();
        problem.n = d + 1;
        problem.bias = 1;
        problem.x = new Feature[rows.size()][];
        problem.y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Feature[] x = new Feature[d + 1];
            for (int j = 0; j < d; j++) {
                x[j] = new FeatureNode(j + 1, (rows.get(i)[j] - mean[j]) / sd[j]);
            }
            x[d] = new FeatureNode(d + 1, problem.bias);
            problem.x[i] = x;
            problem.y[i] = labels.get(i);
        }
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, EPSILON));
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1; // liblinear's weights are for its first label
        double[] weights = new double[d];
        double intercept = sign * w[d] * problem.bias;
        for (int j = 0; j < d; j++) {
            weights[j] = sign * w[j] / sd[j];
            intercept -= weights[j] * mean[j];
        }
        return new PrimaryModel(intercept, weights, bestThreshold, otherThreshold);
    }

    /** Per-language scores of {@code model} on {@code examples}. */
    static Map<String, CountryEvalScore> score(PrimaryModel model, List<Example> examples) {
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        for (Example e : examples) {
            boolean[] primary = model.primary(e.features(), e.standings());
            Set<String> got = new TreeSet<>();
            for (int i = 0; i < primary.length; i++) {
                if (primary[i]) {
                    got.add(e.codes().get(i));
                }
            }
            scores.computeIfAbsent(e.language(), k -> new CountryEvalScore())
                    .add(e.gold(), e.forbidden(), got, new TreeSet<>(e.codes()));
        }
        return scores;
    }

    /** {@code model} as the resource file, under a header saying what it was trained on. */
    static String tsv(PrimaryModel model, List<String> trainedOn, int articles, int countries) {
        StringBuilder s = new StringBuilder();
        s.append("# Primary-country model of the country tagger (issue 13): a logistic regression over the features of\n")
                .append("# PrimaryFeatures, one weight per raw feature value, plus the intercept. An article's likeliest\n")
                .append("# country is primary from threshold_best on, any other from threshold_other on. A venue, the desk's\n")
                .append("# byline city and a price report's market are never primary (CountryReader.Reading.standing)\n")
                .append("# and are not trained on; a country only talked about is primary only when no other one can be.\n")
                .append("# Generated, do not edit: PrimaryModelTrainingTest trains it with liblinear ")
                .append("(L2-regularized logistic regression, C=").append(fmt(COST)).append(") and writes\n")
                .append("# enrich/target/primary-model.tsv; it fails while this file differs from what the labels train.\n")
                .append("# Trained on the readers' primary labels of ").append(articles).append(" articles (")
                .append(countries).append(" countries found in them, with the GeoNames extract of ../shared loaded):\n# ")
                .append(String.join(", ", trainedOn)).append(".\n")
                .append("# The labels are in enrich/src/test/resources/eval/ (their headers say how they were drawn and read);\n")
                .append("# the held-out sets (country-heldout-*.tsv, country-blind3-*.tsv) are never trained on.\n")
                .append("name\tvalue\n")
                .append(PrimaryModel.BEST_THRESHOLD).append('\t').append(fmt(model.bestThreshold())).append('\n')
                .append(PrimaryModel.OTHER_THRESHOLD).append('\t').append(fmt(model.otherThreshold())).append('\n')
                .append(PrimaryModel.INTERCEPT).append('\t').append(fmt(model.intercept())).append('\n');
        for (int j = 0; j < PrimaryFeatures.NAMES.size(); j++) {
            s.append(PrimaryFeatures.NAMES.get(j)).append('\t').append(fmt(model.weights()[j])).append('\n');
        }
        return s.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
