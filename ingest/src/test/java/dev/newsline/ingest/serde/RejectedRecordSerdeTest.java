package dev.newsline.ingest.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.RejectedRecord;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A rejection always fits its topic: an original too large for it is cut, and the record says so. */
class RejectedRecordSerdeTest {

    private static final int LIMIT = 4000;
    private final RejectedRecordSerde serde = new RejectedRecordSerde(LIMIT);

    @Test
    void aRejectionThatFitsIsWrittenWhole() {
        byte[] raw = bytes(1000);
        RejectedRecord read = roundTrip(rejection(raw, Map.of("filename", "a.txt")));
        assertThat(read.originalTruncated()).isFalse();
        assertThat(Base64.getDecoder().decode(read.originalBase64())).isEqualTo(raw);
        assertThat(read.message()).isEqualTo("too big");
    }

    @Test
    void anOriginalTooLargeForTheTopicIsCutToFitAndFlagged() {
        byte[] raw = bytes(10_000);
        byte[] json = serde.serializer().serialize("news.rejected", rejection(raw, Map.of("filename", "a.txt")));
        RejectedRecord read = serde.deserializer().deserialize("news.rejected", json);

        assertThat(json.length).isLessThanOrEqualTo(LIMIT);
        assertThat(read.originalTruncated()).isTrue();
        byte[] kept = Base64.getDecoder().decode(read.originalBase64());
        assertThat(kept.length).isGreaterThan(LIMIT / 2);
        assertThat(kept).isEqualTo(Arrays.copyOf(raw, kept.length));
        assertThat(read.message()).startsWith("too big (original cut to its first " + kept.length + " of 10000 bytes")
                .doesNotContain("\n");
        assertThat(read.headers()).containsEntry("filename", "a.txt");
    }

    @Test
    void headersTooLargeGoBeforeTheOriginalDoesAndTheRecordStillFits() {
        byte[] raw = bytes(500);
        byte[] json = serde.serializer().serialize("news.rejected", rejection(raw, Map.of("huge", "h".repeat(20_000))));
        RejectedRecord read = serde.deserializer().deserialize("news.rejected", json);

        assertThat(json.length).isLessThanOrEqualTo(LIMIT);
        assertThat(read.headers()).isEmpty();
        assertThat(read.originalTruncated()).isTrue();
        assertThat(Base64.getDecoder().decode(read.originalBase64())).isEqualTo(raw);
        assertThat(read.message()).contains("headers dropped");
    }

    private RejectedRecord roundTrip(RejectedRecord r) {
        return serde.deserializer().deserialize("news.rejected", serde.serializer().serialize("news.rejected", r));
    }

    private static RejectedRecord rejection(byte[] raw, Map<String, String> headers) {
        return new RejectedRecord(1, "TOO_LARGE", "too big", "ingest", Base64.getEncoder().encodeToString(raw),
                headers, new Origin("news.raw", 0, 3, 0), Instant.EPOCH);
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }
}
