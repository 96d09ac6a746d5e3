package dev.newsline.sink.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.topology.Topics;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every committed raw record is fine, missing or doubled by the origins of the output records; the rest are strays. */
class ConservationLedgerTest {

    private final ConservationLedger ledger = new ConservationLedger(Map.of(0, 0L, 1, 0L), 3);
    private long nextOutputOffset;

    private void output(String topic, int rawPartition, long rawOffset) {
        ledger.output(new OutputLocation(topic, 0, nextOutputOffset++),
                Optional.of(new Origin(Topics.RAW, rawPartition, rawOffset, 0)));
    }

    @Test
    void eachRawRecordOnExactlyOneOutputTopicIsFine() {
        ledger.raw(0, 0);
        ledger.raw(0, 1);
        ledger.raw(1, 0);
        output(Topics.ENRICHED, 0, 0);
        output(Topics.DUPLICATES, 0, 1);
        output(Topics.REJECTED, 1, 0);

        AuditReport r = ledger.report();

        assertThat(r.rawRecords()).isEqualTo(3);
        assertThat(r.fine()).isEqualTo(3);
        assertThat(r.missing() + r.doubled() + r.strays() + r.expired()).isZero();
        assertThat(r.conserved()).isTrue();
        assertThat(r.outputs()).containsExactly(Map.entry(Topics.ENRICHED, 1L), Map.entry(Topics.DUPLICATES, 1L),
                Map.entry(Topics.REJECTED, 1L));
    }

    @Test
    void aRawRecordOnNoOutputIsMissingAndListedInOffsetOrder() {
        for (long o = 0; o < 6; o++) {
            ledger.raw(0, o);
        }
        output(Topics.ENRICHED, 0, 2);

        AuditReport r = ledger.report();

        assertThat(r.missing()).isEqualTo(5);
        assertThat(r.fine()).isEqualTo(1);
        assertThat(r.missingExamples()).containsExactly(new RawPosition(0, 0), new RawPosition(0, 1),
                new RawPosition(0, 3));
        assertThat(r.conserved()).isFalse();
    }

    @Test
    void aRawRecordOnTwoTopicsOrTwiceOnOneIsDoubledWithTheTopicOfEachCopy() {
        ledger.raw(0, 0);
        ledger.raw(0, 1);
        ledger.raw(1, 7);
        output(Topics.ENRICHED, 0, 0);
        output(Topics.DUPLICATES, 0, 0);
        output(Topics.DUPLICATES, 0, 1);
        output(Topics.DUPLICATES, 0, 1);
        output(Topics.DUPLICATES, 0, 1);
        output(Topics.REJECTED, 1, 7);

        AuditReport r = ledger.report();

        assertThat(r.doubled()).isEqualTo(2);
        assertThat(r.fine()).isEqualTo(1);
        assertThat(r.missing()).isZero();
        assertThat(r.doubledExamples()).containsExactly(
                new Doubling(new RawPosition(0, 0), java.util.List.of(Topics.ENRICHED, Topics.DUPLICATES)),
                new Doubling(new RawPosition(0, 1), java.util.List.of(Topics.DUPLICATES, Topics.DUPLICATES,
                        Topics.DUPLICATES)));
        assertThat(r.conserved()).isFalse();
    }

    @Test
    void theRawSetIsTheRecordsRead_soAnOriginAtASkippedOffsetIsAStray() {
        // Offsets 1 and 2 are a transaction marker and an aborted record: read_committed never delivers them.
        ledger.raw(0, 0);
        ledger.raw(0, 3);
        output(Topics.ENRICHED, 0, 0);
        output(Topics.ENRICHED, 0, 3);
        output(Topics.ENRICHED, 0, 2);

        AuditReport r = ledger.report();

        assertThat(r.rawRecords()).isEqualTo(2);
        assertThat(r.fine()).isEqualTo(2);
        assertThat(r.strays()).isEqualTo(1);
        assertThat(r.strayExamples()).singleElement().satisfies(s -> {
            assertThat(s.where()).isEqualTo(new OutputLocation(Topics.ENRICHED, 0, 2));
            assertThat(s.origin()).isEqualTo("news.raw-0@2");
        });
        assertThat(r.conserved()).isFalse();
    }

    @Test
    void originsOnAnotherTopic_anUnknownPartition_beyondTheEnd_orAbsent_areStrays() {
        ledger.raw(0, 0);
        output(Topics.ENRICHED, 0, 0);
        ledger.output(new OutputLocation(Topics.ENRICHED, 0, 10), Optional.of(new Origin("news.other", 0, 0, 0)));
        output(Topics.DUPLICATES, 5, 0);
        output(Topics.REJECTED, 0, 99);
        ledger.output(new OutputLocation(Topics.REJECTED, 1, 11), Optional.empty());

        AuditReport r = ledger.report();

        assertThat(r.fine()).isEqualTo(1);
        assertThat(r.strays()).isEqualTo(4);
        assertThat(r.strayExamples()).extracting(Stray::origin)
                .containsExactly("news.other-0@0", "news.raw-5@0", "news.raw-0@99");
        assertThat(r.outputs()).containsEntry(Topics.REJECTED, 2L);
    }

    @Test
    void anOriginBeforeTheLogStartIsExpiredNotAStray() {
        ConservationLedger retained = new ConservationLedger(Map.of(0, 100L), 3);
        retained.raw(0, 100);
        retained.output(new OutputLocation(Topics.ENRICHED, 0, 0), Optional.of(new Origin(Topics.RAW, 0, 40, 0)));
        retained.output(new OutputLocation(Topics.ENRICHED, 0, 1), Optional.of(new Origin(Topics.RAW, 0, 100, 0)));

        AuditReport r = retained.report();

        assertThat(r.expired()).isEqualTo(1);
        assertThat(r.strays()).isZero();
        assertThat(r.fine()).isEqualTo(1);
        assertThat(r.conserved()).isTrue();
    }

    @Test
    void examplesStopAtTheLimitWhileCountsGoOn() {
        for (long o = 0; o < 10; o++) {
            ledger.raw(1, o);
        }
        for (long o = 0; o < 5; o++) {
            output(Topics.ENRICHED, 1, o);
            output(Topics.ENRICHED, 1, o);
        }

        AuditReport r = ledger.report();

        assertThat(r.missing()).isEqualTo(5);
        assertThat(r.doubled()).isEqualTo(5);
        assertThat(r.missingExamples()).hasSize(3);
        assertThat(r.doubledExamples()).hasSize(3);
        assertThat(r.fine() + r.missing() + r.doubled()).isEqualTo(r.rawRecords());
    }

    @Test
    void rawRecordsAfterTheFirstOutputAreRefused() {
        ledger.raw(0, 0);
        output(Topics.ENRICHED, 0, 0);
        assertThatThrownBy(() -> ledger.raw(0, 1)).isInstanceOf(IllegalStateException.class);
    }
}
