package dev.newsline.enrich.dedup;

import static dev.newsline.enrich.dedup.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

class ProbeBatchTest {

    private static final Fingerprint FINGERPRINT = new Fingerprinter(DedupSettings.defaults()).fingerprint(article(
            "fa-1", "https://example.org/a", "عنوان خبر درباره بازار",
            "متن خبر درباره بازار و قیمت‌ها که به اندازه کافی بلند است تا باندها ساخته شوند. ".repeat(6),
            Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-01T00:05:00Z")));

    @Test
    void everyProbeGoesOutOnceInTheBatchOfThePartitionThatOwnsIt() {
        for (int partitions : new int[] {1, 2, 3, 12, 64}) {
            List<KeyValue<Integer, ProbeBatch>> batches = FINGERPRINT.batches(partitions);
            assertThat(batches.size()).isLessThanOrEqualTo(Math.min(partitions, FINGERPRINT.probes().size()));
            List<Bytes> sent = new ArrayList<>();
            for (KeyValue<Integer, ProbeBatch> b : batches) {
                for (Bytes probe : b.value.probes()) {
                    assertThat(ProbeBatch.owner(probe, partitions)).isEqualTo(b.key);
                    sent.add(probe);
                }
                assertThat(b.value.order()).isEqualTo(FINGERPRINT.order());
            }
            assertThat(sent).containsExactlyInAnyOrderElementsOf(FINGERPRINT.probes());
        }
    }

    @Test
    void aParkedFingerprintsBatchesNameItsHomeAndTheHomeSurvivesTheSerde() {
        assertThat(FINGERPRINT.batches(4)).allSatisfy(b -> assertThat(b.value.home()).isEqualTo(ProbeBatch.NO_HOME));
        ProbeBatchSerde serde = new ProbeBatchSerde();
        for (KeyValue<Integer, ProbeBatch> b : FINGERPRINT.parkedIn(2).batches(4)) {
            assertThat(b.value.home()).isEqualTo(2);
            assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", b.value)).home())
                    .isEqualTo(2);
        }
    }

    @Test
    void aBatchOfTheLayoutWithoutHomeIsStillReadWithNoHome() {
        ProbeBatch batch = FINGERPRINT.parkedIn(1).batches(1).get(0).value;
        byte[] current = ProbeBatchSerde.write(batch);
        // the earlier layout: format 0x83 and no home partition (4 bytes) after it
        byte[] earlier = new byte[current.length - 4];
        earlier[0] = ProbeBatchSerde.FORMAT_WITHOUT_HOME;
        System.arraycopy(current, 5, earlier, 1, current.length - 5);
        ProbeBatch read = new ProbeBatchSerde().deserializer().deserialize("t", earlier);
        assertThat(read).isEqualTo(new ProbeBatch(batch.order(), batch.sketch(), batch.probes(), ProbeBatch.NO_HOME));
    }

    @Test
    void bandProbesAreAnsweredWithTheSketchAndExactOnesWithout() {
        ProbeBatch all = FINGERPRINT.batches(1).get(0).value;
        assertThat(FINGERPRINT.sketch()).isNotNull();
        for (Bytes probe : all.probes()) {
            assertThat(all.prober(probe).sketch()).isEqualTo(ProbeKind.of(probe).exact() ? null : FINGERPRINT.sketch());
        }
    }

    @Test
    void roundTripsAndReadsEveryCutOrFlippedByteAsNullNeverAsAnException() {
        ProbeBatchSerde serde = new ProbeBatchSerde();
        ProbeBatch batch = FINGERPRINT.batches(1).get(0).value;
        byte[] good = serde.serializer().serialize("t", batch);
        assertThat(serde.deserializer().deserialize("t", good)).isEqualTo(batch);
        for (int n = 0; n < good.length; n++) {
            assertThat(serde.deserializer().deserialize("t", Arrays.copyOf(good, n))).isNull();
        }
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 5_000; i++) {
            byte[] bad = good.clone();
            bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            serde.deserializer().deserialize("t", bad); // null or a batch: never a thrown exception
        }
    }
}
