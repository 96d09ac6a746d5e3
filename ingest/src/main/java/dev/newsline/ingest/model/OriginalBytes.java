package dev.newsline.ingest.model;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/** The bytes of a raw record, rebuilt from the decoded text and the charset it was decoded with. */
public final class OriginalBytes {

    private OriginalBytes() {
    }

    /** {@code original} encoded in {@code charset} (UTF-8 when the charset is unknown here). */
    public static byte[] of(String original, String charset) {
        if (original == null) {
            return new byte[0];
        }
        return original.getBytes(charsetOrUtf8(charset));
    }

    private static Charset charsetOrUtf8(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
