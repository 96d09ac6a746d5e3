package dev.newsline.enrich.tag.country;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learned weights that decide which countries are primary ({@code gazetteer/primary-model.tsv}): a logistic
 * regression over {@link PrimaryFeatures}, trained on the labelled evaluation sets. An article's likeliest country is
 * primary from {@code bestThreshold} on, any other from {@code otherThreshold} on.
 */
record PrimaryModel(double intercept, double[] weights, double bestThreshold, double otherThreshold) {

    static final String FILE = "primary-model.tsv";
    static final String INTERCEPT = "intercept";
    static final String BEST_THRESHOLD = "threshold_best";
    static final String OTHER_THRESHOLD = "threshold_other";

    PrimaryModel {
        if (weights.length != PrimaryFeatures.NAMES.size()) {
            throw new IllegalArgumentException("the model has " + weights.length + " weights for "
                    + PrimaryFeatures.NAMES.size() + " features");
        }
        weights = weights.clone();
    }

    /** A copy: the model stays as loaded. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The model the tagger ships with. */
    static PrimaryModel load() {
        Map<String, Double> values = new HashMap<>();
        for (String[] row : CuratedNames.primaryModelRows()) {
            values.put(row[0].strip(), Double.parseDouble(row[1].strip()));
        }
        List<String> names = PrimaryFeatures.NAMES;
        double[] w = new double[names.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = required(values, names.get(i));
        }
        if (values.size() != names.size() + 3) {
            throw new IllegalStateException(CuratedNames.DIR + FILE + " names features the tagger does not compute: "
                    + "retrain it (PrimaryModelTrainingTest)");
        }
        return new PrimaryModel(required(values, INTERCEPT), w, required(values, BEST_THRESHOLD),
                required(values, OTHER_THRESHOLD));
    }

    /** A model that knows nothing yet (every country at one half): what the trainer starts the tagger with. */
    static PrimaryModel untrained() {
        return new PrimaryModel(0, new double[PrimaryFeatures.NAMES.size()], 0.5, 0.5);
    }

    /**
     * Which of an article's countries are primary, given each one's features and how far the conventions rule it
     * out ({@link Standing}): of the countries in standing, the likeliest (the first of equals) if it reaches
     * {@code bestThreshold}, unless it stays below {@code otherThreshold} while one only talked about is likelier,
     * and every one that reaches {@code otherThreshold}; if that leaves none, the likeliest of those only talked
     * about, if it reaches {@code bestThreshold}. A venue or the desk's city never.
     */
    boolean[] primary(List<double[]> features, List<Standing> standings) {
        boolean[] primary = new boolean[features.size()];
        double[] p = new double[primary.length];
        for (int i = 0; i < primary.length; i++) {
            p[i] = probability(features.get(i));
        }
        boolean any = false;
        int best = best(p, standings, Standing.IN);
        int talkedAbout = best(p, standings, Standing.ONLY_TALKED_ABOUT);
        // a country in standing that the model doubts loses to one only talked about that it finds likelier: a
        // Saudi sports story whose every "Saudi" is an athlete's nationality is not filed under North Korea, named
        // once among the medal rivals
        if (best >= 0 && talkedAbout >= 0 && p[best] < otherThreshold && p[talkedAbout] > p[best]) {
            best = -1;
        }
        for (int i = 0; i < primary.length; i++) {
            primary[i] = standings.get(i) == Standing.IN && (p[i] >= otherThreshold || (i == best && p[i] >= bestThreshold));
            any |= primary[i];
        }
        if (!any && talkedAbout >= 0 && p[talkedAbout] >= bestThreshold) {
            primary[talkedAbout] = true;
        }
        return primary;
    }

    /** How far the labelling conventions let a country be primary. */
    enum Standing {
        /** The model decides. */
        IN,
        /** Only talked about, a list item or a nationality: primary only when no country is in standing. */
        ONLY_TALKED_ABOUT,
        /** A venue or the desk's byline city: never primary. */
        OUT
    }

    private static int best(double[] p, List<Standing> standings, Standing standing) {
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (standings.get(i) == standing && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return best;
    }

    /** How likely the country with {@code features} is primary, by the readers of the training articles. */
    double probability(double[] features) {
        double z = intercept;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static double required(Map<String, Double> values, String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalStateException(CuratedNames.DIR + FILE + " has no value for " + name
                    + ": retrain it (PrimaryModelTrainingTest)");
        }
        return v;
    }
}
