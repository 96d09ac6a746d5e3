package dev.newsline.enrich.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary order keys (25 bytes plus the id, plus ~100 bytes of sketch on band probes): the value of every
 * probe record and index entry.
 */
public final class OrderKeySerde implements Serde<OrderKey> {

    @Override
    public Serializer<OrderKey> serializer() {
        return (topic, k) -> k == null ? null : write(k);
    }

    @Override
    public Deserializer<OrderKey> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(OrderKey k) {
        byte[] id = k.id().getBytes(StandardCharsets.UTF_8);
        SimilaritySketch sketch = k.sketch();
        ByteBuffer b = ByteBuffer.allocate(25 + (sketch == null ? 0 : sketch.size()) + id.length)
                .putLong(k.eventTime()).putLong(k.delivery()).putLong(k.processedAt());
        b.put((byte) (sketch == null ? 0 : 1));
        if (sketch != null) {
            sketch.writeTo(b);
        }
        return b.put(id).array();
    }

    static OrderKey read(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long event = b.getLong();
        long delivery = b.getLong();
        long processed = b.getLong();
        SimilaritySketch sketch = b.get() == 1 ? SimilaritySketch.readFrom(b) : null;
        String id = new String(bytes, b.position(), bytes.length - b.position(), StandardCharsets.UTF_8);
        return new OrderKey(event, id, delivery, processed, sketch);
    }
}
