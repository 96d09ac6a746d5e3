package dev.newsline.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.newsline.enrich.model.DetectedLanguage;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Detects the language of an article among a configured set of languages with Lingua, reading the title and
 * the first {@code sampleChars} characters of the body. Built once per application (it preloads Lingua's
 * models, a few hundred MB for nine languages); thread-safe.
 */
public final class LanguageDetector {

    /** Fewer letters than this (a bare name, a number, "لاوروف:") cannot be told apart reliably. */
    static final int MIN_LETTERS = 10;
    /**
     * Below this relative distance between the best and the runner-up language the text is a coin toss:
     * on the 2,000-article corpus the smallest distance seen was 0.15 and one-line sentences give 0.25–0.55,
     * while lists of names ("Paris Berlin Madrid", "Ahmed Mohamed") give 0.05–0.08.
     */
    static final double MIN_DISTANCE = 0.10;

    private final Set<Language> languages;
    private final int sampleChars;
    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

    /**
     * @param languages   ISO 639-1 codes to choose among (at least two)
     * @param sampleChars how many leading body characters to read
     * @throws IllegalArgumentException on a code Lingua does not know, with a one-line message
     */
    public LanguageDetector(List<String> languages, int sampleChars) {
        if (sampleChars <= 0) {
            throw new IllegalArgumentException("newsline.language.sample.chars must be positive, got " + sampleChars);
        }
        this.languages = LinguaLanguages.of(languages);
        this.sampleChars = sampleChars;
        // Preloaded so the first article is not the one that waits a second or two for the models.
        this.lingua = LanguageDetectorBuilder.fromLanguages(this.languages.toArray(Language[]::new))
                .withPreloadedLanguageModels()
                .build();
    }

    /** The language of title + body (first {@code sampleChars} characters); {@code und} when unclear. */
    public DetectedLanguage detect(String title, String body) {
        DetectionSample sample = DetectionSample.of(title, body, sampleChars);
        if (sample.letters() < MIN_LETTERS) {
            return DetectedLanguage.undetermined();
        }
        return decide(lingua.computeLanguageConfidenceValues(sample.text()));
    }

    /**
     * Lingua gives the best language 1.0 and each other one the ratio of the best log-probability to its
     * own; the confidence reported is the relative distance to the runner-up, 1 − ratio (1.0 when no other
     * language was possible at all, as for Cyrillic text among these languages).
     */
    private static DetectedLanguage decide(SortedMap<Language, Double> values) {
        Iterator<Map.Entry<Language, Double>> ranked = values.entrySet().iterator();
        if (!ranked.hasNext()) {
            return DetectedLanguage.undetermined();
        }
        Map.Entry<Language, Double> best = ranked.next();
        if (best.getKey() == Language.UNKNOWN) {
            return DetectedLanguage.undetermined();
        }
        double runnerUp = ranked.hasNext() ? ranked.next().getValue() : 0.0;
        double distance = best.getValue() <= 0 ? 0.0 : 1.0 - runnerUp / best.getValue();
        if (distance < MIN_DISTANCE) {
            return DetectedLanguage.undetermined();
        }
        return new DetectedLanguage(LinguaLanguages.codeOf(best.getKey()), distance);
    }

    /** The languages this detector chooses among, as ISO 639-1 codes. */
    public List<String> languages() {
        return languages.stream().map(LinguaLanguages::codeOf).sorted().toList();
    }
}
