package dev.newsline.sink.count;

import dev.newsline.enrich.model.EnrichedArticle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What one article is counted under in a window: its primary countries and topics, its language and its source.
 * The count stores keep one tally per profile and window, so an article is one store write and one changelog
 * record per window; a query sums the profiles that match its filters, once per value of its dimension (an article
 * with two primary countries counts once for each). Before (issue 10), every combination of the article's values
 * with "any" was a counter of its own: about 30 writes per article and window, most of the pipeline's records.
 */
public record CountProfile(List<String> countries, List<String> topics, String language, String source) {

    private static final String FIELD = "\u001e";
    private static final String ITEM = "\u001f";

    public CountProfile {
        countries = List.copyOf(countries);
        topics = List.copyOf(topics);
    }

    /** The profile of {@code a}: its values in every {@link CountDimension}, lists sorted so equal profiles match. */
    public static CountProfile of(EnrichedArticle a) {
        return new CountProfile(sorted(CountDimension.COUNTRY.valuesOf(a)), sorted(CountDimension.TOPIC.valuesOf(a)),
                CountDimension.LANGUAGE.valuesOf(a).get(0), CountDimension.SOURCE.valuesOf(a).get(0));
    }

    /** The article's values of {@code by}: none, one, or several. */
    public List<String> valuesOf(CountDimension by) {
        return switch (by) {
            case COUNTRY -> countries;
            case TOPIC -> topics;
            case LANGUAGE -> List.of(language);
            case SOURCE -> List.of(source);
        };
    }

    /**
     * True if the profile passes the filters of a query by {@code by}; the dimension's own filter picks values
     * instead ({@link #valuesOf}), so it is not applied here.
     */
    public boolean matches(CountDimension by, Optional<String> country, Optional<String> topic,
                           Optional<String> language) {
        return (by == CountDimension.COUNTRY || country.isEmpty() || countries.contains(country.get()))
                && (by == CountDimension.TOPIC || topic.isEmpty() || topics.contains(topic.get()))
                && (by == CountDimension.LANGUAGE || language.isEmpty() || language.get().equals(this.language));
    }

    /** The stored form: fields and list items apart by control characters, which no value holds (cleaned). */
    public String encode() {
        return String.join(ITEM, countries) + FIELD + String.join(ITEM, topics) + FIELD + language + FIELD + source;
    }

    /** A stored form back as a profile; empty if it is not one (a key written by another version). */
    public static Optional<CountProfile> decode(String encoded) {
        String[] fields = encoded.split(FIELD, -1);
        if (fields.length != 4) {
            return Optional.empty();
        }
        return Optional.of(new CountProfile(items(fields[0]), items(fields[1]), fields[2], fields[3]));
    }

    private static List<String> items(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split(ITEM, -1));
    }

    private static List<String> sorted(List<String> values) {
        String[] cleaned = values.stream().map(CountProfile::clean).distinct().toArray(String[]::new);
        Arrays.sort(cleaned);
        return List.of(cleaned);
    }

    /** A value as it may appear in a key: control characters (the separators among them) become spaces. */
    static String clean(String value) {
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(c -> b.appendCodePoint(Character.getType(c) == Character.CONTROL ? ' ' : c));
        return b.toString();
    }
}
