package dev.newsline.enrich.dedup;

import static dev.newsline.enrich.dedup.DedupStageTest.BODY;
import static dev.newsline.enrich.dedup.DedupStageTest.DAY;
import static dev.newsline.enrich.dedup.DedupStageTest.NOW;
import static dev.newsline.enrich.dedup.DedupStageTest.TITLE;
import static dev.newsline.enrich.dedup.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.topology.EnrichStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/**
 * The parked articles a task keeps in memory are used only while the gather store holds the very bytes written
 * with them: the store's copy decides.
 */
class ParkedArticlesTest {

    private static final EnrichedArticle A = article("fa-1", null, TITLE, BODY, DAY, NOW);
    private static final EnrichedArticle B = article("fa-2", null, TITLE + " دوم", BODY, DAY, NOW);

    private static byte[] json(EnrichedArticle a) {
        return EnrichStage.ENRICHED_SERDE.serializer().serialize("t", a);
    }

    @Test
    void anArticleIsTakenOnlyForTheBytesItWasWrittenAs() {
        ParkedArticles parked = new ParkedArticles();
        byte[] written = json(A);
        parked.put("r1", A, written);

        assertThat(parked.match("r1", written)).isSameAs(A);
        assertThat(parked.match("r1", written.clone())).as("equal bytes read back from the store").isSameAs(A);
        assertThat(parked.match("r1", json(B))).as("the store holds another article").isNull();
        assertThat(parked.match("r2", written)).as("another delivery").isNull();
        parked.remove("r1");
        assertThat(parked.match("r1", written)).isNull();
    }

    @Test
    void whenFullTheOldestStayAndNewcomersAreReadFromTheStore() {
        int size = json(A).length;
        ParkedArticles parked = new ParkedArticles(2L * size);
        parked.put("r1", A, json(A));
        parked.put("r2", A, json(A));
        parked.put("r3", A, json(A));

        assertThat(parked.size()).isEqualTo(2);
        assertThat(parked.match("r1", json(A))).as("parked first, gathered first").isSameAs(A);
        assertThat(parked.match("r3", json(A))).isNull();
        parked.remove("r1");
        parked.put("r4", A, json(A));
        assertThat(parked.match("r4", json(A))).as("room again once one was gathered").isSameAs(A);
        ParkedArticles none = new ParkedArticles(size - 1L);
        none.put("r1", A, json(A));
        assertThat(none.size()).as("an article larger than the bound is not kept").isZero();
    }

    @Test
    void aTaskFindsWhatItsOtherProcessorKeptAndNothingSurvivesItsClose() {
        ParkedArticles.PerTask perTask = new ParkedArticles.PerTask();
        TaskId task = new TaskId(0, 1);
        ParkedArticles parkerSide = perTask.open(task);
        ParkedArticles gathererSide = perTask.open(task);
        assertThat(gathererSide).isSameAs(parkerSide);
        assertThat(perTask.open(new TaskId(0, 0))).isNotSameAs(parkerSide);

        parkerSide.put("r1", A, json(A));
        perTask.release(task);

        assertThat(parkerSide.size()).isZero();
        assertThat(perTask.open(task)).isNotSameAs(parkerSide);
    }

    @Test
    void theGatherStoreReadsTheStoredCopyWhenItIsNotWhatWasParked() {
        try (DedupDriver dedup = new DedupDriver(DedupSettings.defaults())) {
            ParkedArticles parked = new ParkedArticles();
            GatherStore gather = new GatherStore(dedup.gather(), parked);
            PendingArticle p = PendingArticle.first(0).parked(new Fingerprinter(DedupSettings.defaults()).fingerprint(A));
            gather.save("r1", p, true);
            assertThat(gather.article("r1")).isSameAs(A);

            dedup.gather().put("r1" + GatherStore.ARTICLE_SUFFIX, json(B));
            assertThat(gather.article("r1")).isEqualTo(B);

            gather.delete("r1");
            assertThat(parked.size()).isZero();
        }
    }

    @Test
    void anArticleWhoseStoredCopyChangesWhileItWaitsLeavesAsTheStoreHasIt() {
        // Given a store whose copy of the waiting article is rewritten (same delivery, another title) while its
        // probes are looked up
        String ref = new Fingerprinter(DedupSettings.defaults()).fingerprint(A).ref();
        EnrichedArticle rewritten = article("fa-1", null, TITLE + " دوم", BODY, DAY, NOW, A.origin().partition(),
                A.origin().offset());
        AtomicReference<DedupDriver> self = new AtomicReference<>();
        AtomicBoolean rewrote = new AtomicBoolean();
        try (DedupDriver dedup = new DedupDriver(DedupSettings.defaults(), index -> FailingStore.onEveryRead(index, () -> {
            if (!rewrote.getAndSet(true)) {
                self.get().gather().put(ref + GatherStore.ARTICLE_SUFFIX, json(rewritten));
            }
        }))) {
            self.set(dedup);

            dedup.send(A);

            assertThat(rewrote).isTrue();
            assertThat(dedup.originals.readValuesToList()).containsExactly(rewritten);
        }
    }
}
