package dev.newsline.sink.count;

import java.util.List;
import java.util.Objects;

/**
 * One counter: articles with {@code value} in dimension {@code by}, among those matching the filters (each a value
 * or {@link #ANY}). Encoded with the filters before the value, so that all values of one query are one key range.
 */
public record CountKey(CountDimension by, String country, String topic, String language, String value) {

    /** A filter that matches every article. */
    public static final String ANY = "*";
    private static final char SEP = '\u001f';
    /** Sorts after every UTF-8 encoded value: the end of a key range. */
    private static final String HIGHEST = new String(Character.toChars(Character.MAX_CODE_POINT));

    public CountKey {
        Objects.requireNonNull(by);
        Objects.requireNonNull(value);
    }

    /** The stored form. */
    public String encode() {
        return prefix(by, country, topic, language) + value;
    }

    /** The stored form's key {@code by} and filters share: every value of one query starts with it. */
    public static String prefix(CountDimension by, String country, String topic, String language) {
        return by.name() + SEP + country + SEP + topic + SEP + language + SEP;
    }

    /** The last key of the range that starts with {@code prefix}. */
    public static String rangeEnd(String prefix) {
        return prefix + HIGHEST;
    }

    /** A stored form back as a key. */
    public static CountKey decode(String encoded) {
        List<String> parts = List.of(encoded.split(String.valueOf(SEP), 5));
        return new CountKey(CountDimension.valueOf(parts.get(0)), parts.get(1), parts.get(2), parts.get(3),
                parts.get(4));
    }

    /** A value as it may appear in a key: without the separator or other control characters. */
    static String clean(String value) {
        return value.replaceAll("\\p{Cntrl}", " ");
    }
}
