package dev.newsline.enrich.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Binary order keys (24 bytes plus the id): the value of every probe record and index entry. */
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
        return ByteBuffer.allocate(24 + id.length)
                .putLong(k.eventTime()).putLong(k.delivery()).putLong(k.processedAt()).put(id).array();
    }

    static OrderKey read(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long event = b.getLong();
        long delivery = b.getLong();
        long processed = b.getLong();
        String id = new String(bytes, 24, bytes.length - 24, StandardCharsets.UTF_8);
        return new OrderKey(event, id, delivery, processed);
    }
}
