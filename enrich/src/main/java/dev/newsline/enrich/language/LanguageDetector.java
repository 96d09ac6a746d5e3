package dev.newsline.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.newsline.enrich.model.DetectedLanguage;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects the language of an article among a configured set of languages with Lingua, reading the title and
 * the first {@code sampleChars} characters of the body. Built once per application; thread-safe.
 */
public final class LanguageDetector {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageDetector.class);

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
    private final Language[] chosen;
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
        this.chosen = this.languages.toArray(Language[]::new);
        // Lingua keeps its models in static maps shared by all its detectors and loads a missing one, thread-safely,
        // when a text first needs it. A text of 120 characters or more reads only the trigram models (about a tenth
        // of the data: about 1 s of CPU against 7 s for all, docs/language.md), so those load now; the 1-, 2-, 4- and 5-gram
        // models, read only for shorter texts, load when a short text first needs them, and then only those of the
        // languages its script leaves (measured: loading them all in the background slowed the start down more than
        // it saved, docs/performance.md "Start-up"). Results are the same either way.
        LanguageDetectorBuilder.fromLanguages(chosen).withLowAccuracyMode().withPreloadedLanguageModels().build();
        this.lingua = LanguageDetectorBuilder.fromLanguages(chosen).build();
    }

    /** Loads the models only texts under 120 characters read, on this thread (benchmarks: every model in first). */
    public void loadShortTextModels() {
        long t0 = System.nanoTime();
        try {
            LanguageDetectorBuilder.fromLanguages(chosen).withPreloadedLanguageModels().build();
            LOG.info("Lingua's models for short texts loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            // A model that failed here is loaded again by the first text that needs it, which then reports it.
            LOG.warn("Lingua's models for short texts did not preload ({}); the first short text loads them", e.toString());
        }
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
