package dev.newsline.enrich.language;

import dev.newsline.enrich.model.DetectedLanguage;
import java.util.List;

/** Detects the language of an article among a configured set of languages. Thread-safe. */
public final class LanguageDetector {

    private final List<String> languages;
    private final int sampleChars;

    public LanguageDetector(List<String> languages, int sampleChars) {
        this.languages = List.copyOf(languages);
        this.sampleChars = sampleChars;
    }

    /** The language of title + body (first {@code sampleChars} characters); {@code und} when unclear. */
    public DetectedLanguage detect(String title, String body) {
        return DetectedLanguage.undetermined();
    }
}
