package dev.newsline.enrich.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary order keys (25 bytes plus the id, plus ~100 bytes of sketch on band probes): the value of every
 * probe record and index entry. Layout: event time, delivery, processed-at (8 bytes each), a sketch flag
 * (0 or 1), the sketch if flagged, then the id in UTF-8 to the end. Lengths are checked when written and
 * validated when read; the deserializer reads corrupt bytes as null (absent), which the index processor
 * skips and counts.
 */
public final class OrderKeySerde implements Serde<OrderKey> {

    private static final int FIXED = 25;
    /** Longest order key: fixed fields, the largest sketch and the longest id. */
    static final int MAX_BYTES = FIXED + 4 + SimilaritySketch.MAX_BYTES + OrderKey.MAX_ID_BYTES;

    @Override
    public Serializer<OrderKey> serializer() {
        return (topic, k) -> k == null ? null : write(k);
    }

    @Override
    public Deserializer<OrderKey> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return read(bytes);
            } catch (CorruptEntryException e) {
                return null;
            }
        };
    }

    /** The bytes of {@code k}; an id longer than {@link OrderKey#MAX_ID_BYTES} is a bug upstream and refused. */
    static byte[] write(OrderKey k) {
        byte[] id = k.id().getBytes(StandardCharsets.UTF_8);
        if (id.length == 0 || id.length > OrderKey.MAX_ID_BYTES) {
            throw new IllegalArgumentException("order key id of " + id.length + " bytes (1 to "
                    + OrderKey.MAX_ID_BYTES + "; use OrderKey.boundedId)");
        }
        SimilaritySketch sketch = k.sketch();
        ByteBuffer b = ByteBuffer.allocate(FIXED + (sketch == null ? 0 : sketch.size()) + id.length)
                .putLong(k.eventTime()).putLong(k.delivery()).putLong(k.processedAt());
        b.put((byte) (sketch == null ? 0 : 1));
        if (sketch != null) {
            sketch.writeTo(b);
        }
        return b.put(id).array();
    }

    /** The order key in {@code bytes}; anything that does not check out is a {@link CorruptEntryException}. */
    static OrderKey read(byte[] bytes) {
        if (bytes.length <= FIXED || bytes.length > MAX_BYTES) {
            throw new CorruptEntryException("order key of " + bytes.length + " bytes (" + (FIXED + 1) + " to "
                    + MAX_BYTES + ")");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long event = b.getLong();
        long delivery = b.getLong();
        long processed = b.getLong();
        byte flag = b.get();
        if (flag != 0 && flag != 1) {
            throw new CorruptEntryException("sketch flag " + flag);
        }
        SimilaritySketch sketch = flag == 1 ? SimilaritySketch.readFrom(b) : null;
        if (!b.hasRemaining() || b.remaining() > OrderKey.MAX_ID_BYTES) {
            throw new CorruptEntryException("order key id of " + b.remaining() + " bytes");
        }
        return new OrderKey(event, utf8(b), delivery, processed, sketch);
    }

    private static String utf8(ByteBuffer b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(b).toString();
        } catch (CharacterCodingException e) {
            throw new CorruptEntryException("order key id is not UTF-8");
        }
    }
}
