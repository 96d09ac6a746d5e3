package dev.newsline.ingest.config;

import java.util.Properties;
import java.util.function.Function;

/**
 * One {@code newsline.*} key: its default, a one-line meaning for docs and errors, and the parser that
 * turns its text into a checked value.
 *
 * @param name         the full key, e.g. {@code newsline.topic.partitions}
 * @param defaultValue the value when the key is absent, as a user would write it
 * @param allowed      what values are accepted, for the error message (e.g. "an integer from 1 to 10000")
 * @param meaning      one line for the settings table in docs/architecture.md
 * @param parser       text → value; throws {@link IllegalArgumentException} when the text is not {@code allowed}
 * @param <T>          the value's type
 */
public record SettingKey<T>(String name, String defaultValue, String allowed, String meaning,
                            Function<String, T> parser) {

    /** The value of this key in {@code props}, or the default. */
    public T read(Properties props) {
        String text = props.getProperty(name, defaultValue).strip();
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidSettingException(name + "=" + text + " is not valid: expected " + allowed);
        }
    }
}
