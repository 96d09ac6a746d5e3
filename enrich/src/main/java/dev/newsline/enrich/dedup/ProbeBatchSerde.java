package dev.newsline.enrich.dedup;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;

/**
 * Binary probe batches. Layout: the format byte {@code 0x85}, the home partition (32 bits), the order key's
 * length (unsigned 16 bits) and {@link OrderKeySerde} bytes, a sketch flag (0 or 1) and the sketch, the probe
 * count (unsigned 16 bits), then per probe a length byte and the key. Batches of the layout before verdicts went
 * home ({@code 0x83}: no home partition) are still read, with {@link ProbeBatch#NO_HOME}. Lengths are checked when written and validated when read; the
 * deserializer reads corrupt bytes as null, which the index processor counts and skips.
 */
public final class ProbeBatchSerde implements Serde<ProbeBatch> {

    static final byte FORMAT = (byte) 0x85;
    static final byte FORMAT_WITHOUT_HOME = (byte) 0x83;
    private static final int MAX_PROBE_BYTES = 0xFF;

    @Override
    public Serializer<ProbeBatch> serializer() {
        return (topic, batch) -> batch == null ? null : write(batch);
    }

    @Override
    public Deserializer<ProbeBatch> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return read(bytes);
            } catch (CorruptEntryException | IllegalArgumentException e) {
                return null;
            }
        };
    }

    static byte[] write(ProbeBatch batch) {
        byte[] order = OrderKeySerde.write(batch.order());
        int size = 1 + 4 + 2 + order.length + 1 + (batch.sketch() == null ? 0 : batch.sketch().size()) + 2;
        for (Bytes p : batch.probes()) {
            if (p.get().length == 0 || p.get().length > MAX_PROBE_BYTES) {
                throw new IllegalArgumentException("probe key of " + p.get().length + " bytes");
            }
            size += 1 + p.get().length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).put(FORMAT).putInt(batch.home()).putShort((short) order.length).put(order)
                .put((byte) (batch.sketch() == null ? 0 : 1));
        if (batch.sketch() != null) {
            batch.sketch().writeTo(b);
        }
        b.putShort((short) batch.probes().size());
        for (Bytes p : batch.probes()) {
            b.put((byte) p.get().length).put(p.get());
        }
        return b.array();
    }

    static ProbeBatch read(byte[] bytes) {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            byte format = b.get();
            if (format != FORMAT && format != FORMAT_WITHOUT_HOME) {
                throw new CorruptEntryException("unknown probe batch format");
            }
            int home = format == FORMAT ? b.getInt() : ProbeBatch.NO_HOME;
            if (home < ProbeBatch.NO_HOME) {
                throw new CorruptEntryException("home partition " + home);
            }
            int orderLength = Short.toUnsignedInt(b.getShort());
            if (orderLength > OrderKeySerde.MAX_BYTES || orderLength > b.remaining()) {
                throw new CorruptEntryException("order key length " + orderLength);
            }
            byte[] order = new byte[orderLength];
            b.get(order);
            byte flag = b.get();
            if (flag != 0 && flag != 1) {
                throw new CorruptEntryException("sketch flag " + flag);
            }
            SimilaritySketch sketch = flag == 1 ? SimilaritySketch.readFrom(b) : null;
            int count = Short.toUnsignedInt(b.getShort());
            if (count == 0 || count > ProbeBatch.MAX_PROBES) {
                throw new CorruptEntryException(count + " probes");
            }
            List<Bytes> probes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = Byte.toUnsignedInt(b.get());
                if (n == 0 || n > b.remaining()) {
                    throw new CorruptEntryException("probe key length " + n);
                }
                byte[] p = new byte[n];
                b.get(p);
                probes.add(Bytes.wrap(p));
            }
            if (b.hasRemaining()) {
                throw new CorruptEntryException(b.remaining() + " bytes after the last probe");
            }
            return new ProbeBatch(OrderKeySerde.read(order), sketch, probes, home);
        } catch (BufferUnderflowException e) {
            throw new CorruptEntryException("probe batch truncated");
        }
    }
}
