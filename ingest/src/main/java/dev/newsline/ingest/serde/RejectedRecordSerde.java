package dev.newsline.ingest.serde;

import dev.newsline.ingest.model.RejectedRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde of {@code news.rejected}: JSON that always fits the topic. A rejection whose base64 copy of the original
 * would make it larger than {@code maxBytes} keeps only the first part of the original, sets
 * {@code original_truncated} and says so in its message; a failure must never turn into a second failure.
 */
public final class RejectedRecordSerde implements Serde<RejectedRecord> {

    // Room for the note appended to the message and the flag; generous, JSON escaping included.
    private static final int NOTE_ROOM = 512;

    private final int maxBytes;
    private final JsonSerde<RejectedRecord> json = JsonSerde.of(RejectedRecord.class);

    /** A serde whose records are at most {@code maxBytes} long. */
    public RejectedRecordSerde(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Serializer<RejectedRecord> serializer() {
        return (topic, rejected) -> rejected == null ? null : write(rejected);
    }

    @Override
    public Deserializer<RejectedRecord> deserializer() {
        return json.deserializer();
    }

    /** The JSON of {@code rejected}, cut as the class says when it is too large. */
    public byte[] write(RejectedRecord rejected) {
        byte[] bytes = toJson(rejected);
        return bytes.length <= maxBytes ? bytes : toJson(fit(rejected, bytes.length));
    }

    private RejectedRecord fit(RejectedRecord r, int size) {
        String base64 = r.originalBase64() == null ? "" : r.originalBase64();
        byte[] raw = Base64.getDecoder().decode(base64);
        Map<String, String> headers = r.headers();
        String dropped = "";
        int budget = maxBytes - (size - base64.length()) - NOTE_ROOM;
        if (budget < 0) {
            // Headers are copied from the raw record and have no bound of their own: they go before the original does.
            budget += toJson(r).length - toJson(withHeaders(r, Map.of())).length;
            headers = Map.of();
            dropped = " and its headers dropped";
        }
        int keep = Math.max(0, budget) / 4 * 3;
        byte[] head = Arrays.copyOf(raw, Math.min(keep, raw.length));
        String message = r.message() + " (original cut to its first " + head.length + " of " + raw.length
                + " bytes" + dropped + " to fit " + maxBytes + " bytes)";
        return new RejectedRecord(r.schemaVersion(), r.reason(), message, r.stage(),
                Base64.getEncoder().encodeToString(head), true, headers, r.origin(), r.rejectedAt());
    }

    private static RejectedRecord withHeaders(RejectedRecord r, Map<String, String> headers) {
        return new RejectedRecord(r.schemaVersion(), r.reason(), r.message(), r.stage(), r.originalBase64(),
                r.originalTruncated(), headers, r.origin(), r.rejectedAt());
    }

    private static byte[] toJson(RejectedRecord r) {
        try {
            return JsonMapper.get().writeValueAsBytes(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write RejectedRecord as JSON", e);
        }
    }
}
