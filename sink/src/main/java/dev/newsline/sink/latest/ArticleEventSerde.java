package dev.newsline.sink.latest;

import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.serde.JsonSerde;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Article events on the sink's repartition topic and in the articles store. Layout: the format byte {@code 0x90},
 * the copy's original id and method (each an unsigned 16-bit UTF-8 length, {@code 0xFFFF} for none, and the
 * bytes), then the article as JSON — the very bytes its output topic got when the event carries them, so an
 * article is written as JSON once on its way to the output and the desk, not three times. Events written as one
 * JSON object before this layout (they begin with '{') are still read. Bytes that do not check out throw
 * {@link SerializationException}, which the deserialization exception handler turns into a rejection.
 */
public final class ArticleEventSerde implements Serde<ArticleEvent> {

    static final byte FORMAT = (byte) 0x90;
    private static final int NONE = 0xFFFF;
    private static final JsonSerde<ArticleEvent> LEGACY = JsonSerde.of(ArticleEvent.class);
    private static final JsonSerde<EnrichedArticle> ARTICLE = JsonSerde.of(EnrichedArticle.class);

    @Override
    public Serializer<ArticleEvent> serializer() {
        return (topic, event) -> event == null ? null : write(topic, event);
    }

    @Override
    public Deserializer<ArticleEvent> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length > 0 && bytes[0] == '{') {
                return LEGACY.deserializer().deserialize(topic, bytes);
            }
            try {
                return read(topic, bytes);
            } catch (BufferUnderflowException | IllegalArgumentException | UncheckedIOException e) {
                throw new SerializationException("unreadable article event: " + e.getMessage());
            }
        };
    }

    private static byte[] write(String topic, ArticleEvent event) {
        byte[] article = event.json() != null ? event.json() : ARTICLE.serializer().serialize(topic, event.article());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(article.length + 64);
        DataOutputStream out = new DataOutputStream(buffer);
        try {
            out.writeByte(FORMAT);
            writeString(out, event.duplicateOf());
            writeString(out, event.method());
            out.write(article);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return buffer.toByteArray();
    }

    private static ArticleEvent read(String topic, byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (b.get() != FORMAT) {
            throw new IllegalArgumentException("unknown article event format");
        }
        String duplicateOf = readString(b);
        String method = readString(b);
        byte[] json = Arrays.copyOfRange(bytes, b.position(), bytes.length);
        EnrichedArticle article = ARTICLE.deserializer().deserialize(topic, json);
        if (article == null) {
            throw new IllegalArgumentException("an article event without its article");
        }
        return new ArticleEvent(article, duplicateOf, method, json);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeShort(NONE);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (utf8.length >= NONE) {
            throw new IllegalArgumentException("a string of " + utf8.length + " bytes in an article event");
        }
        out.writeShort(utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer b) {
        int n = Short.toUnsignedInt(b.getShort());
        if (n == NONE) {
            return null;
        }
        if (n > b.remaining()) {
            throw new IllegalArgumentException("string length " + n + " past the end");
        }
        byte[] utf8 = new byte[n];
        b.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
