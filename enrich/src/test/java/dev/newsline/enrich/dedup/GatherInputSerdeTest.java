package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class GatherInputSerdeTest {

    private final GatherInputSerde serde = new GatherInputSerde();
    private final List<ProbeVerdict> verdicts = List.of(
            new ProbeVerdict(ProbeKind.ID, List.of(new OrderKey(10, "fa-1", 7, 20))),
            new ProbeVerdict(ProbeKind.BAND, List.of(new OrderKey(11, "fa-2", 8, 21,
                    new SimilaritySketch(new byte[96], 900)))),
            ProbeVerdict.failed(ProbeKind.BAND, "dedup-probe-index failed: a disk error"));

    @Test
    void aBatchOfVerdictsTravelsInBinaryAndComesBackEqual() {
        byte[] bytes = serde.serializer().serialize("t", GatherInput.verdicts(verdicts));
        assertThat(bytes[0]).isEqualTo(GatherInputSerde.VERDICTS);
        assertThat(serde.deserializer().deserialize("t", bytes).verdicts()).isEqualTo(verdicts);
    }

    @Test
    void aVerdictRecordOfTheJsonLayoutIsStillRead() {
        byte[] legacy = "{\"article\":null,\"expected\":0,\"sketch\":null,\"verdict\":{\"kind\":\"CONTENT\",\"candidates\":[]}}"
                .getBytes(StandardCharsets.UTF_8);
        GatherInput in = serde.deserializer().deserialize("t", legacy);
        assertThat(in.verdict()).isEqualTo(new ProbeVerdict(ProbeKind.CONTENT, List.of()));
        assertThat(in.verdicts()).isNull();
    }

    @Test
    void aCutVerdictRecordIsASerializationErrorForTheHandlerNotAnythingElse() {
        byte[] bytes = serde.serializer().serialize("t", GatherInput.verdicts(verdicts));
        for (int n = 1; n < bytes.length; n++) {
            byte[] cut = Arrays.copyOf(bytes, n);
            assertThatThrownBy(() -> serde.deserializer().deserialize("t", cut)).isInstanceOf(SerializationException.class);
        }
    }
}
