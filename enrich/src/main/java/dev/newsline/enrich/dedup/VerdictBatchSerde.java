package dev.newsline.enrich.dedup;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary verdict batches: the format byte ({@code 0x86} for an answer, {@code 0x87} for a late batch), the home
 * partition (32 bits), then the verdicts ({@link VerdictCodec}; they carry candidates' sketches, which JSON would
 * write in base64). Bytes that do not check out throw {@link SerializationException}, which the deserialization
 * exception handler turns into a rejection of that record; the article they answer is then decided by the
 * gatherer's timeout.
 */
public final class VerdictBatchSerde implements Serde<VerdictBatch> {

    static final byte FORMAT = (byte) 0x86;
    static final byte LATE_FORMAT = (byte) 0x87;

    @Override
    public Serializer<VerdictBatch> serializer() {
        return (topic, batch) -> batch == null ? null : write(batch);
    }

    @Override
    public Deserializer<VerdictBatch> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return read(bytes);
            } catch (CorruptEntryException | BufferUnderflowException | IllegalArgumentException e) {
                throw new SerializationException("unreadable verdict record: " + e.getMessage());
            }
        };
    }

    static byte[] write(VerdictBatch batch) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 + 160 * batch.verdicts().size());
        DataOutputStream out = new DataOutputStream(buffer);
        try {
            out.writeByte(batch.late() ? LATE_FORMAT : FORMAT);
            out.writeInt(batch.home());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        VerdictCodec.writeAll(out, batch.verdicts());
        return buffer.toByteArray();
    }

    static VerdictBatch read(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        byte format = b.get();
        if (format != FORMAT && format != LATE_FORMAT) {
            throw new CorruptEntryException("unknown verdict record format");
        }
        int home = b.getInt();
        if (home < ProbeBatch.NO_HOME) {
            throw new CorruptEntryException("home partition " + home);
        }
        VerdictBatch batch = new VerdictBatch(home, VerdictCodec.readAll(b), format == LATE_FORMAT);
        if (b.hasRemaining()) {
            throw new CorruptEntryException(b.remaining() + " bytes after the last verdict");
        }
        return batch;
    }
}
