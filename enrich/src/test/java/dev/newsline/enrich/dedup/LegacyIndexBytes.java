package dev.newsline.enrich.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Index values as the first layout wrote them (a count byte, then each order key behind a signed 16-bit
 * length, with no bound on the id): what an index written before the format byte may still hold.
 */
final class LegacyIndexBytes {

    private LegacyIndexBytes() {
    }

    /** The first layout's bytes of an order key without sketch and any id, however long. */
    static byte[] orderKey(long eventTime, String id, long delivery, long processedAt) {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(25 + idBytes.length).putLong(eventTime).putLong(delivery).putLong(processedAt)
                .put((byte) 0).put(idBytes).array();
    }

    /** A first-layout value holding {@code keys}, lengths cast to short as the first layout did. */
    static byte[] value(byte[]... keys) {
        int size = 1;
        for (byte[] k : keys) {
            size += 2 + k.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).put((byte) keys.length);
        for (byte[] k : keys) {
            b.putShort((short) k.length).put(k);
        }
        return b.array();
    }
}
