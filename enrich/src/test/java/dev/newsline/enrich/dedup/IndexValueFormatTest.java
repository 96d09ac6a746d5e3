package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IndexValueFormatTest {

    private static OrderKey key(int i, boolean sketch) {
        OrderKey k = new OrderKey(1_700_000_000_000L + i, "url:" + i, i, 1_700_000_100_000L + i);
        if (!sketch) {
            return k;
        }
        byte[] bits = new byte[96];
        Arrays.fill(bits, (byte) i);
        return k.withSketch(new SimilaritySketch(bits, 1000 + i));
    }

    private static List<OrderKey> keys(int n) {
        List<OrderKey> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(key(i, i % 2 == 0));
        }
        return out;
    }

    @Test
    void roundTripsUpToTheEntryCapInTheCurrentLayout() {
        List<OrderKey> keys = keys(ProbeIndex.MAX_ENTRIES);
        byte[] value = IndexValueFormat.encode(keys);
        assertThat(value[0]).isEqualTo(IndexValueFormat.FORMAT);
        IndexValueFormat.Decoded d = IndexValueFormat.decode(value);
        assertThat(d.corrupt()).isFalse();
        assertThat(d.entries()).isEqualTo(keys);
    }

    @Test
    void refusesToWriteWhatItCouldNotReadBack() {
        assertThatThrownBy(() -> IndexValueFormat.encode(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndexValueFormat.encode(keys(ProbeIndex.MAX_ENTRIES + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        OrderKey longId = new OrderKey(1, "x".repeat(OrderKey.MAX_ID_BYTES + 1), 2, 3);
        assertThatThrownBy(() -> IndexValueFormat.encode(List.of(longId))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsAValueTheFirstLayoutWrote() {
        byte[] value = LegacyIndexBytes.value(LegacyIndexBytes.orderKey(10, "fa-1", 7, 20),
                LegacyIndexBytes.orderKey(11, "fa-2", 8, 21));
        IndexValueFormat.Decoded d = IndexValueFormat.decode(value);
        assertThat(d.corrupt()).isFalse();
        assertThat(d.entries()).containsExactly(new OrderKey(10, "fa-1", 7, 20), new OrderKey(11, "fa-2", 8, 21));
    }

    @Test
    void aFirstLayoutEntryWhoseLengthOverflowedIsSkippedWithoutThrowing() {
        // what the first layout wrote for a 40,000-character id: length 40,025 cast to short is negative
        byte[] overflowed = LegacyIndexBytes.value(LegacyIndexBytes.orderKey(10, "x".repeat(40_000), 7, 20));
        IndexValueFormat.Decoded d = IndexValueFormat.decode(overflowed);
        assertThat(d.corrupt()).isTrue();
        assertThat(d.entries()).isEmpty();
        // 70,000 characters: the cast wraps to a positive length that ends inside the id
        IndexValueFormat.Decoded wrapped = IndexValueFormat.decode(LegacyIndexBytes.value(
                LegacyIndexBytes.orderKey(10, "fa-1", 7, 20), LegacyIndexBytes.orderKey(10, "y".repeat(70_000), 7, 20)));
        assertThat(wrapped.corrupt()).isTrue();
        assertThat(wrapped.entries()).as("a first-layout value is kept whole or not at all").isEmpty();
    }

    @Test
    void craftedCorruptValuesReadAsAbsentOrAsTheirReadablePart() {
        byte[] good = IndexValueFormat.encode(keys(3));
        int firstLength = Short.toUnsignedInt(ByteBuffer.wrap(good, 2, 2).getShort());
        assertCorrupt(new byte[0], 0);
        assertCorrupt(new byte[] {IndexValueFormat.FORMAT}, 0);
        assertCorrupt(new byte[] {IndexValueFormat.FORMAT, 0}, 0);
        assertCorrupt(new byte[] {IndexValueFormat.FORMAT, 9}, 0);
        assertCorrupt(new byte[] {(byte) 0x42, 1, 0, 0}, 0); // unknown first byte
        assertCorrupt(Arrays.copyOf(good, good.length - 1), 2); // last entry cut short
        assertCorrupt(Arrays.copyOf(good, good.length + 3), 3); // trailing bytes
        byte[] zeroLength = good.clone();
        zeroLength[2] = 0;
        zeroLength[3] = 0;
        assertCorrupt(zeroLength, 0);
        byte[] tooLong = good.clone();
        ByteBuffer.wrap(tooLong, 2, 2).putShort((short) 0xFFFF);
        assertCorrupt(tooLong, 0);
        byte[] badFlag = good.clone();
        badFlag[4 + 24] = 7; // sketch flag of the first entry
        assertCorrupt(badFlag, 2);
        byte[] badSketchLength = good.clone();
        ByteBuffer.wrap(badSketchLength, 4 + 25, 2).putShort((short) 5000); // first entry has a sketch
        assertCorrupt(badSketchLength, 2);
        byte[] notUtf8 = good.clone();
        notUtf8[4 + firstLength - 1] = (byte) 0xC3; // last id byte starts a two-byte sequence that never ends
        assertCorrupt(notUtf8, 2);
    }

    private static void assertCorrupt(byte[] value, int readable) {
        IndexValueFormat.Decoded d = IndexValueFormat.decode(value);
        assertThat(d.corrupt()).as("corrupt: %s", Arrays.toString(Arrays.copyOf(value, Math.min(8, value.length)))).isTrue();
        assertThat(d.entries()).hasSize(readable);
    }

    @Test
    void noBytesMakeTheDecoderThrow() {
        SplittableRandom random = new SplittableRandom(9);
        byte[] good = IndexValueFormat.encode(keys(ProbeIndex.MAX_ENTRIES));
        byte[] legacy = LegacyIndexBytes.value(LegacyIndexBytes.orderKey(1, "fa-1", 2, 3), LegacyIndexBytes.orderKey(4, "fa-2", 5, 6));
        for (int i = 0; i < 20_000; i++) {
            byte[] value = switch (i % 3) {
                case 0 -> randomBytes(random, random.nextInt(64));
                case 1 -> mutate(random, good);
                default -> mutate(random, legacy);
            };
            IndexValueFormat.Decoded d = IndexValueFormat.decode(value); // must not throw
            assertThat(d.entries().size()).isLessThanOrEqualTo(ProbeIndex.MAX_ENTRIES);
            d.entries().forEach(k -> assertThat(k.id().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isBetween(1, OrderKey.MAX_ID_BYTES));
        }
    }

    private static byte[] randomBytes(SplittableRandom random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] mutate(SplittableRandom random, byte[] value) {
        byte[] b = Arrays.copyOf(value, random.nextInt(value.length + 1));
        for (int j = random.nextInt(4); j >= 0 && b.length > 0; j--) {
            b[random.nextInt(b.length)] = (byte) random.nextInt();
        }
        return b;
    }
}
