package dev.newsline.ingest.model;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The bytes of a raw record, exactly as delivered, for a rejection after ingest. Most records are rebuilt from the
 * decoded text and its charset; the few that do not round-trip (a byte-order mark, which decoding removes, UTF-16
 * written in another byte order, a legacy decoder that maps two byte sequences to one character) carry their raw
 * bytes in base64 beside the text.
 */
public final class OriginalBytes {

    private OriginalBytes() {
    }

    /**
     * What an article must carry besides its text so that {@link #of} gives back {@code raw}: null when re-encoding
     * {@code original} in {@code charset} already does (the common case costs one encoding and one comparison),
     * else {@code raw} in base64.
     */
    public static String keepIfNotRebuilt(byte[] raw, String original, String charset) {
        if (raw == null) {
            return null;
        }
        return Arrays.equals(encode(original, charset), raw) ? null : Base64.getEncoder().encodeToString(raw);
    }

    /** The raw bytes: {@code rawBase64} when the article carries them, else {@code original} encoded in {@code charset}. */
    public static byte[] of(String original, String charset, String rawBase64) {
        return rawBase64 != null ? Base64.getDecoder().decode(rawBase64) : encode(original, charset);
    }

    private static byte[] encode(String original, String charset) {
        return original == null ? new byte[0] : original.getBytes(charsetOrUtf8(charset));
    }

    // A charset unknown here, or one Java can only decode, falls back to UTF-8: the raw bytes then differ from the
    // rebuilt ones, so keepIfNotRebuilt carries them and of() still gives them back exactly.
    private static Charset charsetOrUtf8(String name) {
        try {
            Charset charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
            return charset.canEncode() ? charset : StandardCharsets.UTF_8;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
