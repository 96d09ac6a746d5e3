package dev.newsline.ingest.fuzz;

import java.util.Map;

/**
 * One generated input for {@code news.raw}: the record value, its headers, and a file name that says what it is.
 *
 * @param index   its place in the generated sequence (input {@code i} depends only on the seed and {@code i})
 * @param kind    what makes it hostile
 * @param name    a file name: five-digit index, kind, and {@code .json}, {@code .txt} or {@code .bin}
 * @param value   the record value, byte for byte
 * @param headers the record headers (lost when written to a folder: a file carries only its bytes)
 */
public record HostileInput(int index, Kind kind, String name, byte[] value, Map<String, String> headers) {

    /** What makes an input hostile. */
    public enum Kind {
        /** Random bytes, from uniform noise to plausible UTF-8 or legacy text. */
        RANDOM_BYTES,
        /** A real article of {@code seeds/} with pieces cut, repeated, swapped, flipped or replaced. */
        MUTATED_ARTICLE,
        /** UTF-8 cut inside a sequence, with stray continuation bytes, overlong forms or encoded surrogates. */
        TRUNCATED_UTF8,
        /** UTF-16 with or without a byte-order mark, cut at an odd byte or inside a surrogate pair. */
        TRUNCATED_UTF16,
        /** JSON nested from a few to a hundred thousand levels, closed or not. */
        DEEP_JSON,
        /** JSON with fields of the wrong type, odd numbers and escapes, duplicate keys, trailing garbage. */
        ODD_JSON,
        /** An id of 40,000 chars, a title of a megabyte, huge URLs, sources, headers. */
        HUGE_FIELD,
        /** Runs of commas, colons, brackets, dashes, quotes or white space where patterns look. */
        PUNCTUATION_RUN,
        /** Control, bidi and zero-width characters, and up to 100,000 combining marks on one letter. */
        CONTROL_BIDI_COMBINING,
        /** "Read also" markers, metadata lines and attribution openings repeated thousands of times. */
        MARKER_REPEATS,
        /** One word of up to 500 KB, or one name or word repeated through a whole body. */
        LONG_WORD
    }
}
