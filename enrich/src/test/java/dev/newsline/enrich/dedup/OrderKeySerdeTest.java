package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrderKeySerdeTest {

    private final OrderKeySerde serde = new OrderKeySerde();

    @Test
    void idsUpToTheBoundAreKeptAndLongerOnesAreNamedByTheirDigest() {
        String persian = "ی".repeat(OrderKey.MAX_ID_BYTES / 2); // two bytes each: exactly the bound
        assertThat(OrderKey.boundedId(persian)).isEqualTo(persian);
        assertThat(OrderKey.boundedId("fa-1")).isEqualTo("fa-1");
        String huge = "x".repeat(40_000);
        String bounded = OrderKey.boundedId(huge);
        assertThat(bounded).startsWith("sha256:").hasSize(7 + 64).isEqualTo(OrderKey.boundedId(huge));
        assertThat(OrderKey.boundedId(persian + "ی")).startsWith("sha256:");
        assertThat(OrderKey.boundedId(huge + "y")).isNotEqualTo(bounded);
    }

    @Test
    void writingAnIdOverTheBoundIsRefusedNotTruncated() {
        assertThatThrownBy(() -> OrderKeySerde.write(new OrderKey(1, "x".repeat(OrderKey.MAX_ID_BYTES + 1), 2, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundedId");
        assertThatThrownBy(() -> OrderKeySerde.write(new OrderKey(1, "", 2, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void corruptBytesAreACorruptEntryForTheIndexAndNullOnTheProbesTopic() {
        byte[] good = OrderKeySerde.write(new OrderKey(1, "fa-1", 2, 3));
        assertThat(serde.deserializer().deserialize("t", good)).isEqualTo(new OrderKey(1, "fa-1", 2, 3));
        byte[][] corrupt = {
            new byte[0],
            Arrays.copyOf(good, 25), // no id
            new byte[OrderKeySerde.MAX_BYTES + 1],
            withByte(good, 24, (byte) 2), // sketch flag
            withByte(good, 24, (byte) 1), // flagged sketch that is not there
            withByte(good, good.length - 1, (byte) 0xFF), // not UTF-8
        };
        for (byte[] bytes : corrupt) {
            assertThatThrownBy(() -> OrderKeySerde.read(bytes)).isInstanceOf(CorruptEntryException.class);
            assertThat(serde.deserializer().deserialize("t", bytes)).isNull();
        }
    }

    @Test
    void sketchesOutsideWhatTwoLengthBytesHoldAreRefused() {
        assertThatThrownBy(() -> new SimilaritySketch(new byte[0], 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimilaritySketch(new byte[SimilaritySketch.MAX_BYTES + 1], 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimilaritySketch(new byte[96], 0x10000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SimilaritySketch.of(new int[384], 1_000_000).shingles()).isEqualTo(SimilaritySketch.MAX_SHINGLES);
        byte[] id = "fa-1".getBytes(StandardCharsets.UTF_8);
        byte[] withSketch = OrderKeySerde.write(new OrderKey(1, "fa-1", 2, 3, new SimilaritySketch(new byte[96], 7)));
        assertThat(withSketch).hasSize(25 + 4 + 96 + id.length);
    }

    private static byte[] withByte(byte[] bytes, int at, byte b) {
        byte[] copy = bytes.clone();
        copy[at] = b;
        return copy;
    }
}
