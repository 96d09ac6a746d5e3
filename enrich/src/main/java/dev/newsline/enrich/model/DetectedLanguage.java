package dev.newsline.enrich.model;

/** ISO 639-1 language code ({@code und} when unclear) and the detector's confidence in [0, 1]. */
public record DetectedLanguage(String code, double confidence) {

    /** Code for text too short or too unclear to tell. */
    public static final String UNDETERMINED = "und";

    public static DetectedLanguage undetermined() {
        return new DetectedLanguage(UNDETERMINED, 0.0);
    }
}
