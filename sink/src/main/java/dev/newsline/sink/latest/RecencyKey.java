package dev.newsline.sink.latest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.utils.Bytes;

/**
 * Key of the recency index: event time (milliseconds, sign bit flipped so that byte order is time order, also
 * before 1970) then the article id. The index iterates oldest first, so eviction takes the first key.
 */
public final class RecencyKey {

    private RecencyKey() {
    }

    /** The key of article {@code id} with event time {@code eventTime}. */
    public static Bytes of(Instant eventTime, String id) {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(Long.BYTES + idBytes.length)
                .putLong(eventTime.toEpochMilli() ^ Long.MIN_VALUE).put(idBytes).array());
    }

    /** The event time a key was made with (to the millisecond). */
    public static Instant eventTime(Bytes key) {
        return Instant.ofEpochMilli(ByteBuffer.wrap(key.get()).getLong() ^ Long.MIN_VALUE);
    }
}
