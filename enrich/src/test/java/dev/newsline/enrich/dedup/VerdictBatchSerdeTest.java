package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class VerdictBatchSerdeTest {

    private final VerdictBatchSerde serde = new VerdictBatchSerde();
    private final List<ProbeVerdict> verdicts = List.of(
            new ProbeVerdict(ProbeKind.ID, List.of(new OrderKey(10, "fa-1", 7, 20))),
            new ProbeVerdict(ProbeKind.BAND, List.of(new OrderKey(11, "fa-2", 8, 21,
                    new SimilaritySketch(new byte[96], 900)))),
            ProbeVerdict.failed(ProbeKind.BAND, "dedup-probe-index failed: a disk error"));

    @Test
    void aBatchOfVerdictsTravelsInBinaryWithItsHomeAndComesBackEqual() {
        byte[] bytes = serde.serializer().serialize("t", new VerdictBatch(5, verdicts));
        assertThat(bytes[0]).isEqualTo(VerdictBatchSerde.FORMAT);
        VerdictBatch read = serde.deserializer().deserialize("t", bytes);
        assertThat(read.home()).isEqualTo(5);
        assertThat(read.verdicts()).isEqualTo(verdicts);
    }

    @Test
    void aLateBatchKeepsItsKindOnTheWayAndAnAnswerStaysAnAnswer() {
        byte[] bytes = serde.serializer().serialize("t", new VerdictBatch(2, verdicts.subList(0, 1), true));
        assertThat(bytes[0]).isEqualTo(VerdictBatchSerde.LATE_FORMAT);
        VerdictBatch read = serde.deserializer().deserialize("t", bytes);
        assertThat(read.late()).isTrue();
        assertThat(read.verdicts()).isEqualTo(verdicts.subList(0, 1));
        byte[] answer = serde.serializer().serialize("t", new VerdictBatch(2, verdicts));
        assertThat(serde.deserializer().deserialize("t", answer).late()).isFalse();
    }

    @Test
    void aCutOrForeignVerdictRecordIsASerializationErrorForTheHandlerNotAnythingElse() {
        byte[] bytes = serde.serializer().serialize("t", new VerdictBatch(ProbeBatch.NO_HOME, verdicts));
        for (int n = 1; n < bytes.length; n++) {
            byte[] cut = Arrays.copyOf(bytes, n);
            assertThatThrownBy(() -> serde.deserializer().deserialize("t", cut)).isInstanceOf(SerializationException.class);
        }
        byte[] json = "{\"verdicts\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", json)).isInstanceOf(SerializationException.class);
        byte[] badHome = bytes.clone();
        badHome[1] = (byte) 0x80; // a negative home below NO_HOME
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", badHome)).isInstanceOf(SerializationException.class);
    }
}
