package dev.newsline.enrich.dedup;

import dev.newsline.ingest.serde.JsonSerde;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What the gatherer receives: an article as JSON (as before), a batch of verdicts in binary (the format byte
 * {@code 0x84}, then {@link VerdictCodec}) — verdicts carry sketches, which JSON would write in base64. Verdict
 * records of the JSON layout are still read. Bytes that do not check out throw {@link SerializationException},
 * which the deserialization exception handler turns into a rejection of that record.
 */
public final class GatherInputSerde implements Serde<GatherInput> {

    static final byte VERDICTS = (byte) 0x84;
    private static final JsonSerde<GatherInput> JSON = JsonSerde.of(GatherInput.class);

    @Override
    public Serializer<GatherInput> serializer() {
        return (topic, in) -> {
            if (in == null || in.verdicts() == null) {
                return JSON.serializer().serialize(topic, in);
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 + 160 * in.verdicts().size());
            DataOutputStream out = new DataOutputStream(buffer);
            buffer.write(VERDICTS);
            VerdictCodec.writeAll(out, in.verdicts());
            return buffer.toByteArray();
        };
    }

    @Override
    public Deserializer<GatherInput> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null || bytes.length == 0 || bytes[0] != VERDICTS) {
                return JSON.deserializer().deserialize(topic, bytes);
            }
            try {
                ByteBuffer b = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
                GatherInput in = GatherInput.verdicts(VerdictCodec.readAll(b));
                if (b.hasRemaining()) {
                    throw new CorruptEntryException(b.remaining() + " bytes after the last verdict");
                }
                return in;
            } catch (CorruptEntryException | BufferUnderflowException e) {
                throw new SerializationException("unreadable verdict record: " + e.getMessage());
            }
        };
    }
}
