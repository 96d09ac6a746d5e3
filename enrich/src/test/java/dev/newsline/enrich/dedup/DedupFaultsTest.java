package dev.newsline.enrich.dedup;

import static dev.newsline.enrich.dedup.DedupStageTest.BODY;
import static dev.newsline.enrich.dedup.DedupStageTest.DAY;
import static dev.newsline.enrich.dedup.DedupStageTest.NOW;
import static dev.newsline.enrich.dedup.DedupStageTest.OTHER_BODY;
import static dev.newsline.enrich.dedup.DedupStageTest.OTHER_TITLE;
import static dev.newsline.enrich.dedup.DedupStageTest.TITLE;
import static dev.newsline.enrich.dedup.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.model.RejectedRecord;
import dev.newsline.ingest.serde.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * What the dedup stage does with what it cannot handle: ids too long for the old index layout, corrupt index
 * and gather entries, failing steps, verdicts that never come. In every case each article leaves the stage
 * exactly once — on originals, duplicates or news.rejected — and nothing is retried for ever.
 */
class DedupFaultsTest {

    private static final DedupSettings SETTINGS = DedupSettings.defaults();
    private static final String LONG_ID = "x".repeat(40_000);

    private DedupDriver dedup;

    @AfterEach
    void tearDown() {
        dedup.close();
    }

    @Test
    void anArticleWithAFortyThousandCharacterIdAndItsRedeliveryEachLandOnExactlyOneOutput() {
        dedup = new DedupDriver(SETTINGS);
        EnrichedArticle first = article(LONG_ID, null, TITLE, BODY, DAY, NOW);
        EnrichedArticle again = article(LONG_ID, null, TITLE, BODY, DAY, NOW.plusSeconds(5));

        dedup.send(first);
        assertThat(dedup.originals.readValuesToList()).extracting(EnrichedArticle::id).containsExactly(LONG_ID);
        dedup.send(again);

        DuplicateArticle d = single(dedup.duplicates);
        assertThat(d.article().id()).isEqualTo(LONG_ID);
        assertThat(d.method()).isEqualTo("exact-id");
        assertThat(d.duplicateOf()).as("the index names a long id by its digest").isEqualTo(OrderKey.boundedId(LONG_ID));
        assertThat(dedup.originals.isEmpty()).isTrue();
        assertThat(dedup.rejected.isEmpty()).isTrue();
        try (KeyValueIterator<Bytes, byte[]> it = dedup.index().all()) {
            it.forEachRemaining(e -> {
                assertThat(e.value.length).as("index values stay small").isLessThan(1_000);
                assertThat(IndexValueFormat.decode(e.value).corrupt()).isFalse();
            });
        }
    }

    @Test
    void anIndexHoldingValuesWhoseLengthOverflowedInTheFirstLayoutAnswersAndHealsItsChangelog() {
        dedup = new DedupDriver(SETTINGS);
        EnrichedArticle article = article(LONG_ID, null, TITLE, BODY, DAY, NOW);
        Fingerprint f = new Fingerprinter(SETTINGS).fingerprint(article);
        // Given: under every key the article probes, what the first layout wrote for this id an hour earlier
        // (entry length 40,025 cast to short: reading it threw NegativeArraySizeException for ever)
        long earlier = NOW.minusSeconds(3600).toEpochMilli();
        byte[] overflowed = LegacyIndexBytes.value(LegacyIndexBytes.orderKey(DAY.toEpochMilli(), LONG_ID, 1, earlier));
        ProbeIndex layout = new ProbeIndex(dedup.index(), SETTINGS.window().toMillis(), problem -> { });
        List<Bytes> keys = f.probes().stream().map(p -> layout.keyAt(p, earlier)).toList();
        keys.forEach(k -> dedup.index().put(k, overflowed));

        // When the article is delivered again
        dedup.send(article);

        // Then it lands once (the unreadable entries are absent), and each was counted
        assertThat(dedup.originals.readValuesToList()).extracting(EnrichedArticle::id).containsExactly(LONG_ID);
        assertThat(dedup.duplicates.isEmpty()).isTrue();
        assertThat(dedup.rejected.isEmpty()).isTrue();
        assertThat(dedup.count("probe-index-corrupt-values")).isEqualTo(keys.size());
        // and the changelog now ends, for every one of those keys, with a readable value: a restart restores it
        Map<Bytes, byte[]> changelog = dedup.driver.createOutputTopic(DedupDriver.APP + "-" + ProbeIndex.STORE + "-changelog",
                Serdes.Bytes().deserializer(), Serdes.ByteArray().deserializer()).readKeyValuesToMap();
        for (Bytes k : keys) {
            assertThat(changelog).containsKey(k);
            IndexValueFormat.Decoded d = IndexValueFormat.decode(changelog.get(k));
            assertThat(d.corrupt()).isFalse();
            assertThat(d.entries()).extracting(OrderKey::id).containsExactly(OrderKey.boundedId(LONG_ID));
        }
        // and the healed index works: the next delivery is a duplicate
        dedup.send(article(LONG_ID, null, TITLE, BODY, DAY, NOW.plusSeconds(5)));
        assertThat(single(dedup.duplicates).method()).isEqualTo("exact-id");
    }

    @Test
    void anIndexWrittenInTheFirstLayoutStillFindsItsArticles() {
        dedup = new DedupDriver(SETTINGS);
        EnrichedArticle a = article("fa-1", null, TITLE, BODY, DAY, NOW);
        OrderKey k = Fingerprinter.orderKey(a);
        Bytes idProbe = new Fingerprinter(SETTINGS).fingerprint(a).probes().get(0);
        // Given article fa-1 filed under its id key by the previous version
        dedup.index().put(new ProbeIndex(dedup.index(), SETTINGS.window().toMillis(), p -> { }).keyAt(idProbe, k.indexTime()),
                LegacyIndexBytes.value(LegacyIndexBytes.orderKey(k.eventTime(), k.id(), k.delivery(), k.processedAt())));

        // When it is delivered again
        dedup.send(article("fa-1", null, TITLE, BODY, DAY, NOW.plusSeconds(60)));

        // Then it is a duplicate of the article the old index holds
        DuplicateArticle d = single(dedup.duplicates);
        assertThat(d.duplicateOf()).isEqualTo("fa-1");
        assertThat(d.method()).isEqualTo("exact-id");
        assertThat(dedup.originals.isEmpty()).isTrue();
        assertThat(dedup.count("probe-index-corrupt-values")).isZero();
    }

    @Test
    void anArticleTheFingerprintFailsOnIsRejectedWithItsOriginalBytesAndTheNextOneGoesOn() {
        dedup = new DedupDriver(SETTINGS);
        EnrichedArticle broken = TestArticles.withId(article("fa-2", null, OTHER_TITLE, OTHER_BODY, DAY, NOW), null);
        EnrichedArticle fine = article("fa-1", null, TITLE, BODY, DAY, NOW);

        dedup.send(broken, fine);

        RejectedRecord r = single(dedup.rejected);
        assertRejection(r, broken, "dedup-fingerprint failed: NullPointerException");
        assertThat(dedup.originals.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("fa-1");
        assertThat(dedup.duplicates.isEmpty()).isTrue();
    }

    @Test
    void aProbeTheIndexFailsToAnswerRejectsItsArticleOnceAndTheStreamGoesOn() {
        AtomicBoolean failing = new AtomicBoolean();
        dedup = new DedupDriver(SETTINGS, store -> FailingStore.failingGets(store, ProbeKind.ID, failing::get));
        EnrichedArticle victim = article("fa-1", null, TITLE, BODY, DAY, NOW);
        EnrichedArticle next = article("fa-2", null, OTHER_TITLE, OTHER_BODY, DAY, NOW.plusSeconds(1));

        // Given the index's store fails to read id keys
        failing.set(true);
        // When an article comes
        dedup.send(victim);
        // Then its id probe gets an error verdict and the gatherer rejects it, naming the step
        RejectedRecord r = single(dedup.rejected);
        assertRejection(r, victim, "dedup-probe-index failed: ProcessorStateException: read failed (test)");
        assertThat(dedup.count("probe-index-failed-probes")).isEqualTo(1);

        // and once the store reads again, the next article goes through
        failing.set(false);
        dedup.send(next);
        assertThat(dedup.originals.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("fa-2");
        // and nothing more comes out, however long we wait: the victim left once; verdicts that came after its
        // rejection are swept away
        dedup.advanceWallClock(VerdictGatherer.PENDING_TIMEOUT.plus(VerdictGatherer.SWEEP_EVERY.multipliedBy(2)));
        assertNothingMore();
        assertThat(DedupDriver.size(dedup.gather())).isZero();
    }

    @Test
    void anArticleWhoseGatherStateBecomesUnreadableWhileItWaitsIsRejectedOnce() {
        EnrichedArticle victim = article("fa-1", null, TITLE, BODY, DAY, NOW);
        String ref = new Fingerprinter(SETTINGS).fingerprint(victim).ref();
        // Given a store that turns to garbage where the article's state is kept after it was parked and its probes
        // left: the index's first read, while the article waits, overwrites the entry
        AtomicReference<DedupDriver> self = new AtomicReference<>();
        AtomicBoolean corrupted = new AtomicBoolean();
        dedup = new DedupDriver(SETTINGS, index -> FailingStore.onEveryRead(index, () -> {
            if (!corrupted.getAndSet(true)) {
                self.get().gather().put(ref, "{\"article\": [".getBytes(StandardCharsets.UTF_8));
            }
        }));
        self.set(dedup);

        dedup.send(victim);

        assertThat(corrupted).isTrue();
        assertRejection(single(dedup.rejected), victim, "dedup-gather failed: its stored state");
        assertThat(dedup.count("gather-unreadable-entries")).isEqualTo(1);
        assertThat(dedup.originals.isEmpty()).isTrue();
        assertThat(dedup.duplicates.isEmpty()).isTrue();
        dedup.advanceWallClock(VerdictGatherer.PENDING_TIMEOUT.plus(VerdictGatherer.SWEEP_EVERY.multipliedBy(2)));
        assertNothingMore();
        assertThat(DedupDriver.size(dedup.gather())).isZero();
    }

    @Test
    void garbageFoundWhereAnArticleIsToBeParkedIsReplacedAndTheArticleDecidedOnce() {
        dedup = new DedupDriver(SETTINGS);
        EnrichedArticle a = article("fa-1", null, TITLE, BODY, DAY, NOW);
        // Given garbage where the article's state is to be kept, before the article comes
        dedup.gather().put(new Fingerprinter(SETTINGS).fingerprint(a).ref(), "{\"article\": [".getBytes(StandardCharsets.UTF_8));

        dedup.send(a);

        assertThat(dedup.originals.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("fa-1");
        assertThat(dedup.count("park-unreadable-entries")).isEqualTo(1);
        dedup.advanceWallClock(VerdictGatherer.PENDING_TIMEOUT.plus(VerdictGatherer.SWEEP_EVERY.multipliedBy(2)));
        assertNothingMore();
        assertThat(DedupDriver.size(dedup.gather())).isZero();
    }

    /** The entry as this version keeps it (verdicts and article apart), or as the one before (one JSON entry). */
    @ParameterizedTest(name = "article kept apart: {0}")
    @ValueSource(booleans = {true, false})
    void anArticleWhoseVerdictsNeverAllComeIsDecidedWithThoseItHasAfterTheTimeout(boolean keptApart) {
        dedup = new DedupDriver(SETTINGS);
        EnrichedArticle a = article("fa-1", null, TITLE, BODY, DAY, NOW);
        EnrichedArticle copy = article("fa-2", null, TITLE, BODY, DAY, NOW.plusSeconds(60));
        dedup.send(a);
        assertThat(dedup.originals.readValuesToList()).hasSize(1);
        // Given the copy waiting with one verdict of its 26 — its content probe, naming fa-1 — the rest lost
        Fingerprint f = new Fingerprinter(SETTINGS).fingerprint(copy);
        PendingArticle waiting = new PendingArticle(copy, f.probes().size(), f.sketch(),
                List.of(new ProbeVerdict(ProbeKind.CONTENT, List.of(Fingerprinter.orderKey(a)))),
                DedupDriver.WALL_CLOCK.toEpochMilli());
        if (keptApart) {
            new GatherStore(dedup.gather()).save(f.ref(), waiting, true);
        } else {
            dedup.gather().put(f.ref(), JsonSerde.of(PendingArticle.class).serializer().serialize("t", waiting));
        }
        long entries = DedupDriver.size(dedup.gather());
        assertThat(entries).isEqualTo(keptApart ? 2 : 1);

        // When less than the timeout passes, it waits
        dedup.advanceWallClock(VerdictGatherer.PENDING_TIMEOUT.minus(VerdictGatherer.SWEEP_EVERY));
        assertNothingMore();
        assertThat(DedupDriver.size(dedup.gather())).isEqualTo(entries);

        // When the timeout passes
        dedup.advanceWallClock(VerdictGatherer.SWEEP_EVERY.multipliedBy(2));

        // Then it is decided with what it has: a duplicate of fa-1, once, and nothing of it is left
        DuplicateArticle d = single(dedup.duplicates);
        assertThat(d.article()).isEqualTo(copy);
        assertThat(d.duplicateOf()).isEqualTo("fa-1");
        assertThat(d.method()).isEqualTo("exact-content");
        assertThat(dedup.count("gather-timed-out-articles")).isEqualTo(1);
        assertThat(DedupDriver.size(dedup.gather())).isZero();
        dedup.advanceWallClock(VerdictGatherer.PENDING_TIMEOUT);
        assertNothingMore();
    }

    @Test
    void anArticleWhoseEntryIsUnreadableButWhoseArticleIsKeptIsRejectedNotLost() {
        dedup = new DedupDriver(SETTINGS);
        EnrichedArticle victim = article("fa-1", null, TITLE, BODY, DAY, NOW);
        Fingerprint f = new Fingerprinter(SETTINGS).fingerprint(victim);
        // Given the article kept, and garbage where its verdicts are kept
        new GatherStore(dedup.gather()).save(f.ref(), new PendingArticle(victim, f.probes().size(), f.sketch(),
                List.of(), DedupDriver.WALL_CLOCK.toEpochMilli()), true);
        dedup.gather().put(f.ref(), new byte[] {GatherEntryFormat.FORMAT, 1, 2});

        // When the sweep finds it
        dedup.advanceWallClock(VerdictGatherer.SWEEP_EVERY.multipliedBy(2));

        // Then the article is rejected once, and nothing is left
        assertRejection(single(dedup.rejected), victim, "dedup-gather failed: its stored state");
        assertThat(DedupDriver.size(dedup.gather())).isZero();
        dedup.advanceWallClock(VerdictGatherer.PENDING_TIMEOUT);
        assertNothingMore();
    }

    @Test
    void verdictsWhoseArticleNeverComesAreDeletedAfterTheTimeout() {
        dedup = new DedupDriver(SETTINGS);
        List<ProbeVerdict> verdicts = List.of(new ProbeVerdict(ProbeKind.BAND, List.of()));
        // Given verdicts for a delivery whose article never arrives, one of them kept by an earlier version
        // (no 'since': its wait counts from the task's start)
        put("gone#1", new PendingArticle(null, 0, null, verdicts, DedupDriver.WALL_CLOCK.toEpochMilli()));
        put("older#2", new PendingArticle(null, 0, null, verdicts, 0));

        dedup.advanceWallClock(VerdictGatherer.PENDING_TIMEOUT.minus(VerdictGatherer.SWEEP_EVERY));
        assertThat(DedupDriver.size(dedup.gather())).isEqualTo(2);
        dedup.advanceWallClock(VerdictGatherer.SWEEP_EVERY.multipliedBy(2));

        assertThat(DedupDriver.size(dedup.gather())).isZero();
        assertThat(dedup.count("gather-leftover-verdicts-deleted")).isEqualTo(2);
        assertNothingMore();
    }

    private void put(String ref, PendingArticle p) {
        dedup.gather().put(ref, JsonSerde.of(PendingArticle.class).serializer().serialize("t", p));
    }

    private void assertNothingMore() {
        assertThat(dedup.originals.isEmpty()).isTrue();
        assertThat(dedup.duplicates.isEmpty()).isTrue();
        assertThat(dedup.rejected.isEmpty()).isTrue();
    }

    private static void assertRejection(RejectedRecord r, EnrichedArticle article, String messageStart) {
        assertThat(r.stage()).isEqualTo("dedup");
        assertThat(r.reason()).isEqualTo("INTERNAL_ERROR");
        assertThat(r.message()).startsWith(messageStart);
        assertThat(Base64.getDecoder().decode(r.originalBase64())).isEqualTo(article.originalBytes());
        assertThat(r.origin()).isEqualTo(article.origin());
    }

    private static <V> V single(TestOutputTopic<String, V> topic) {
        List<KeyValue<String, V>> records = topic.readKeyValuesToList();
        assertThat(records).hasSize(1);
        return records.get(0).value;
    }
}
