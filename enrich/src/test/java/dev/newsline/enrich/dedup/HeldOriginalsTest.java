package dev.newsline.enrich.dedup;

import static dev.newsline.enrich.dedup.DedupStageTest.BODY;
import static dev.newsline.enrich.dedup.DedupStageTest.DAY;
import static dev.newsline.enrich.dedup.DedupStageTest.NOW;
import static dev.newsline.enrich.dedup.DedupStageTest.OTHER_BODY;
import static dev.newsline.enrich.dedup.DedupStageTest.OTHER_TITLE;
import static dev.newsline.enrich.dedup.DedupStageTest.TITLE;
import static dev.newsline.enrich.dedup.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.EnrichedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedPunctuator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

/** Originals held when a task stopped are held again, and released, when it starts on the same store. */
class HeldOriginalsTest {

    private static final DedupSettings SETTINGS = DedupSettings.defaults();

    @Test
    void aTaskThatStartsOnAStoreWithHeldOriginalsReleasesThemOnceTheHoldHasPassed() {
        // Given a gather store left by a task that stopped while holding an original (every verdict in), and
        // holding another delivery that still awaits verdicts
        MockProcessorContext<String, DedupOutcome> context = new MockProcessorContext<>(new Properties(),
                new TaskId(0, 0), null);
        KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(VerdictGatherer.STORE), Serdes.String(), Serdes.ByteArray())
                .withLoggingDisabled().build();
        context.setCurrentSystemTimeMs(0);
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        GatherStore gather = new GatherStore(store);
        Fingerprinter fingerprinter = new Fingerprinter(SETTINGS);
        Fingerprint held = fingerprinter.fingerprint(article("held", null, TITLE, BODY, DAY, NOW));
        Fingerprint waiting = fingerprinter.fingerprint(article("waiting", null, OTHER_TITLE, OTHER_BODY, DAY, NOW));
        gather.save(held.ref(), PendingArticle.first(0).parked(held).withVerdicts(nothingFound(held)), true);
        gather.save(waiting.ref(), PendingArticle.first(0).parked(waiting), true);

        // When a gatherer starts on it, and its release punctuation runs before and after the hold
        VerdictGatherer gatherer = new VerdictGatherer(SETTINGS, new ParkedArticles.PerTask());
        gatherer.init(context);
        CapturedPunctuator release = context.scheduledPunctuators().stream()
                .filter(p -> p.getType() == PunctuationType.WALL_CLOCK_TIME
                        && p.getInterval().equals(VerdictGatherer.releaseEvery(SETTINGS.originalHold())))
                .findFirst().orElseThrow();
        release.getPunctuator().punctuate(SETTINGS.originalHold().toMillis() - 1);
        List<String> before = forwardedIds(context);
        release.getPunctuator().punctuate(SETTINGS.originalHold().toMillis());

        // Then the held original leaves once, as an original, when the hold has passed; the waiting one stays
        assertThat(before).isEmpty();
        assertThat(forwardedIds(context)).containsExactly("held");
        assertThat(context.forwarded().get(0).record().value()).isInstanceOfSatisfying(DedupVerdict.class,
                v -> assertThat(v.duplicate()).isFalse());
        assertThat(gather.entry(held.ref())).isNull();
        assertThat(gather.entry(waiting.ref())).isNotNull();
        release.getPunctuator().punctuate(SETTINGS.originalHold().toMillis() * 10);
        assertThat(forwardedIds(context)).hasSize(1);
    }

    private static List<ProbeVerdict> nothingFound(Fingerprint f) {
        return new ArrayList<>(Collections.nCopies(f.probes().size(), new ProbeVerdict(ProbeKind.BAND, List.of())));
    }

    private static List<String> forwardedIds(MockProcessorContext<String, DedupOutcome> context) {
        return context.forwarded().stream().map(f -> (String) f.record().key()).toList();
    }

    @Test
    void theReleasePunctuationRunsEveryQuarterOfTheHoldWithinItsBounds() {
        assertThat(VerdictGatherer.releaseEvery(Duration.ofMillis(300))).isEqualTo(Duration.ofMillis(75));
        assertThat(VerdictGatherer.releaseEvery(Duration.ofMillis(20))).isEqualTo(Duration.ofMillis(10));
        assertThat(VerdictGatherer.releaseEvery(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(1));
        assertThat(VerdictGatherer.releaseEvery(Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
    }
}
