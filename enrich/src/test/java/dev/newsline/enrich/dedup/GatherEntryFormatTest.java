package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GatherEntryFormatTest {

    private static final SimilaritySketch SKETCH = sketch(7);

    private static SimilaritySketch sketch(int fill) {
        byte[] bits = new byte[96];
        Arrays.fill(bits, (byte) fill);
        return new SimilaritySketch(bits, 1200);
    }

    private static PendingArticle waiting(boolean arrived) {
        List<ProbeVerdict> verdicts = List.of(
                new ProbeVerdict(ProbeKind.CONTENT, List.of(new OrderKey(10, "fa-1", 7, 20))),
                new ProbeVerdict(ProbeKind.BAND, List.of(new OrderKey(11, "fa-2", 8, 21, sketch(3)),
                        new OrderKey(12, "url:x", 9, 22, sketch(5)))),
                new ProbeVerdict(ProbeKind.BAND, List.of()),
                ProbeVerdict.failed(null, "dedup-probe-index failed: a disk error"));
        return new PendingArticle(null, 26, arrived ? SKETCH : null, verdicts, 1_700_000_000_000L, arrived);
    }

    @Test
    void roundTripsAnEntryWithItsVerdictsFailedOnesIncluded() {
        for (boolean arrived : new boolean[] {true, false}) {
            PendingArticle p = waiting(arrived);
            byte[] bytes = GatherEntryFormat.encode(p);
            assertThat(bytes[0]).isEqualTo(GatherEntryFormat.FORMAT);
            PendingArticle read = GatherEntryFormat.decode(bytes);
            assertThat(read.arrived()).isEqualTo(arrived);
            assertThat(read).isEqualTo(p);
        }
    }

    @Test
    void gatherEntriesSaysHowManyVerdictsAnEntryHoldsAndNothingOfOtherBytes() {
        assertThat(GatherEntries.verdictCount(GatherEntryFormat.encode(waiting(true)))).isEqualTo("4 of 26 verdicts");
        assertThat(GatherEntries.verdictCount("{\"article\":{}}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isNull();
        assertThat(GatherEntries.verdictCount(Arrays.copyOf(GatherEntryFormat.encode(waiting(true)), 20))).isNull();
    }

    @Test
    void gatherEntriesNamesADeliveryAsTheStageKeysIt() {
        OrderKey parked = new OrderKey(10, OrderKey.boundedId("fa-1"), Fingerprinter.delivery(3, 17), 20);
        assertThat(GatherEntries.ref("fa-1", 3, 17)).isEqualTo(Refs.of(parked)).isEqualTo("fa-1#30000000011");
        String longId = "x".repeat(2 * OrderKey.MAX_ID_BYTES);
        assertThat(GatherEntries.ref(longId, 0, 1)).startsWith("sha256:").endsWith("#1");
    }

    @Test
    void everyCutOrFlippedByteIsReadAsCorruptOrAsAnEntryNeverAsAnotherException() {
        byte[] good = GatherEntryFormat.encode(waiting(true));
        for (int n = 0; n < good.length; n++) {
            byte[] cut = Arrays.copyOf(good, n);
            assertThatThrownBy(() -> GatherEntryFormat.decode(cut)).isInstanceOf(CorruptEntryException.class);
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 5_000; i++) {
            byte[] bad = good.clone();
            bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            try {
                GatherEntryFormat.decode(bad);
            } catch (CorruptEntryException expected) {
                // the only way a reader may refuse an entry
            }
        }
    }

    @Test
    void refusesCountsItCouldNotReadBack() {
        byte[] bytes = GatherEntryFormat.encode(waiting(false));
        bytes[1 + 8] = (byte) 0x80; // expected verdicts made negative
        assertThatThrownBy(() -> GatherEntryFormat.decode(bytes)).isInstanceOf(CorruptEntryException.class)
                .hasMessageContaining("out of range");
    }
}
