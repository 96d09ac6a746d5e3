package dev.newsline.enrich.dedup;

import static dev.newsline.enrich.dedup.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DedupStageTest {

    static final String TITLE = "لاوروف: روسیه آماده کمک به عادی‌سازی روابط ارمنستان و جمهوری آذربایجان است";
    static final String P1 = "وزیر امور خارجه روسیه در دیدار با همتای ارمنی خود در مسکو گفت: روسیه آماده کمک به "
            + "عادی‌سازی روابط بین ارمنستان و جمهوری آذربایجان در چارچوب توافقات رهبران سه کشور طی سال‌های ۲۰۲۰ تا ۲۰۲۲ میلادی است.";
    static final String P2 = "به گزارش آران نیوز به نقل از ریانووستی، سرگئی لاوروف روز سه شنبه در دیدار با آرارات میرزویان "
            + "افزود: ما معتقد هستیم که این توافق‌ها همچنان با توجه به شرایط کنونی در منطقه قابلیت اجرا دارند.";
    static final String P3 = "بنا بر این گزارش، در سال ۲۰۲۲، ارمنستان و جمهوری آذربایجان، با میانجیگری روسیه، ایالات متحده "
            + "و اتحادیه اروپا، بحث درباره پیمان صلح آینده را آغاز کردند.";
    static final String BODY = P1 + "\n\n" + P2 + "\n\n" + P3;
    static final String OTHER_TITLE = "بارش شدید باران در شمال کشور";
    static final String OTHER_BODY = "سازمان هواشناسی اعلام کرد که بارش شدید باران در استان های گیلان و مازندران تا پایان هفته "
            + "ادامه دارد و مردم باید از سفرهای غیرضروری خودداری کنند. به گفته کارشناسان، احتمال وقوع سیلاب در مناطق "
            + "کوهستانی زیاد است و نیروهای امدادی در حالت آماده باش قرار دارند.";

    static final Instant DAY = Instant.parse("2024-03-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2024-03-02T10:00:00Z");

    private DedupDriver dedup;
    private TestOutputTopic<String, EnrichedArticle> originals;
    private TestOutputTopic<String, DuplicateArticle> duplicates;

    @BeforeEach
    void setUp() {
        dedup = new DedupDriver(DedupSettings.defaults());
        originals = dedup.originals;
        duplicates = dedup.duplicates;
    }

    @AfterEach
    void tearDown() {
        // conservation: nothing the stage handles here may end up rejected
        assertThat(dedup.rejected.isEmpty()).isTrue();
        dedup.close();
    }

    private void send(EnrichedArticle... articles) {
        dedup.send(articles);
    }

    @Test
    void firstCopyIsOriginalAndAnExactCopyWithTheSameIdIsADuplicate() {
        EnrichedArticle a = article("fa-1", null, TITLE, BODY, DAY, NOW);
        EnrichedArticle again = article("fa-1", null, TITLE, BODY, DAY, NOW.plusSeconds(5));
        send(a, again);
        assertThat(originals.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("fa-1");
        DuplicateArticle d = duplicates.readValue();
        assertThat(d.article().origin().offset()).isEqualTo(again.origin().offset());
        assertThat(d.duplicateOf()).isEqualTo("fa-1");
        assertThat(d.method()).isEqualTo("exact-id");
        assertThat(d.similarity()).isEqualTo(1.0);
    }

    @Test
    void sameCanonicalUrlIsAnExactUrlDuplicate() {
        EnrichedArticle a = article("a", "https://www.example.com/news/1?utm_source=x", TITLE, BODY, DAY, NOW);
        EnrichedArticle b = article("b", "http://example.com/news/1/", TITLE + " (به روز شده)", BODY + "\n\n" + P3, DAY,
                NOW.plusSeconds(1));
        send(a, b);
        DuplicateArticle d = duplicates.readValue();
        assertThat(d.duplicateOf()).isEqualTo("a");
        assertThat(d.method()).isEqualTo("exact-url");
    }

    @Test
    void sameMatchFormWithOtherLettersDigitsAndZwnjIsAnExactContentDuplicate() {
        EnrichedArticle a = article("a", null, TITLE, BODY, DAY, NOW);
        String arabicForms = BODY.replace('ی', 'ي').replace('ک', 'ك').replace("۲۰۲۲", "2022").replace("\u200C", "");
        EnrichedArticle b = article("b", null, TITLE.replace("\u200C", " "), arabicForms, DAY, NOW.plusSeconds(1));
        send(a, b);
        DuplicateArticle d = duplicates.readValue();
        assertThat(d.duplicateOf()).isEqualTo("a");
        assertThat(d.method()).isEqualTo("exact-content");
    }

    @Test
    void aRewriteWithAParagraphDroppedAndANewAttributionIsANearDuplicate() {
        EnrichedArticle a = article("a", null, TITLE, BODY, DAY, NOW);
        String rewritten = P1 + "\n\n" + P2.replace("آران نیوز به نقل از ریانووستی", "خبرگزاری ایرنا");
        EnrichedArticle b = article("b", null, "لاوروف: مسکو آماده کمک به عادی‌سازی روابط ارمنستان و آذربایجان است",
                rewritten, DAY.plusSeconds(3600), NOW.plusSeconds(60));
        send(a, b);
        assertThat(originals.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("a");
        DuplicateArticle d = duplicates.readValue();
        assertThat(d.duplicateOf()).isEqualTo("a");
        assertThat(d.method()).isEqualTo("near");
        assertThat(d.similarity()).isBetween(0.5, 1.0);
        assertThat(d.publishedEarlier()).isFalse();
    }

    @Test
    void differentArticlesAreBothOriginals() {
        send(article("a", null, TITLE, BODY, DAY, NOW), article("b", null, OTHER_TITLE, OTHER_BODY, DAY, NOW));
        assertThat(originals.readValuesToList()).hasSize(2);
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void replayingTheSameArchiveTwiceAddsNothingToOriginals() {
        List<EnrichedArticle> archive = List.of(article(null, "https://e.com/1", TITLE, BODY, DAY, NOW),
                article(null, null, OTHER_TITLE, OTHER_BODY, DAY, NOW));
        archive.forEach(this::send);
        assertThat(originals.readValuesToList()).hasSize(2);
        archive.forEach(a -> send(article(null, a.url(), a.title(), a.body(), DAY, NOW.plusSeconds(3600))));
        assertThat(originals.isEmpty()).isTrue();
        assertThat(duplicates.readValuesToList()).extracting(DuplicateArticle::method).containsOnly("exact-id");
    }

    @Test
    void anOlderCopyDeliveredAfterTheNewerOneWasPublishedPointsAtThePublishedCopy() {
        // Backfill: the newer copy went to news.enriched an hour ago; outputs are append-only, so the
        // older copy that arrives now becomes the duplicate of the copy readers already have.
        EnrichedArticle newer = article("newer", null, TITLE, BODY, DAY.plus(Duration.ofDays(1)), NOW);
        EnrichedArticle older = article("older", null, TITLE, BODY, DAY, NOW.plus(Duration.ofHours(1)));
        send(newer, older);
        assertThat(originals.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("newer");
        DuplicateArticle d = duplicates.readValue();
        assertThat(d.article().id()).isEqualTo("older");
        assertThat(d.duplicateOf()).isEqualTo("newer");
        assertThat(d.publishedEarlier()).as("older by publication: the original by the (published_at, id) rule").isTrue();
    }

    @Test
    void aLateCopyWithTheSamePublicationTimeIsNotMarkedPublishedEarlierWhateverItsId() {
        EnrichedArticle first = article("zz-first", null, TITLE, BODY, DAY, NOW);
        EnrichedArticle late = article("aa-late", null, TITLE, BODY, DAY, NOW.plus(Duration.ofHours(1)));
        send(first, late);
        DuplicateArticle d = duplicates.readValue();
        assertThat(d.duplicateOf()).isEqualTo("zz-first");
        assertThat(d.publishedEarlier()).isFalse();
    }

    @Test
    void twoDeliveriesOfOneIdInFlightTogetherAreEachAccountedForOnce() {
        EnrichedArticle a = article("same", null, TITLE, BODY, DAY, NOW, 0, 7);
        EnrichedArticle b = article("same", null, TITLE, BODY, DAY, NOW, 1, 7);
        EnrichedArticle c = article("same", null, TITLE, BODY, DAY, NOW, 2, 7);
        send(a, b, c);
        assertThat(originals.readValuesToList()).hasSize(1);
        assertThat(duplicates.readValuesToList()).hasSize(2).allSatisfy(d -> {
            assertThat(d.duplicateOf()).isEqualTo("same");
            assertThat(d.publishedEarlier()).isFalse();
        });
    }

    @Test
    void aCopyOutsideTheWindowIsNotADuplicate() {
        send(article("a", null, TITLE, BODY, DAY, NOW));
        send(article("far", null, OTHER_TITLE, OTHER_BODY, DAY.plus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(30))));
        send(article("b", null, TITLE, BODY, DAY.plus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(30))));
        assertThat(originals.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("a", "far", "b");
    }

    @Test
    void indexEntriesOlderThanTheWindowAreDeleted() {
        send(article("a", null, TITLE, BODY, DAY, NOW));
        KeyValueStore<Bytes, byte[]> index = dedup.index();
        long before = DedupDriver.size(index);
        send(article("far", null, OTHER_TITLE, OTHER_BODY, DAY.plus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(30))));
        long keys = 2 + DedupSettings.defaults().bands(); // id, content, the bands (no URL)
        assertThat(before).isEqualTo(keys);
        assertThat(DedupDriver.size(index)).as("only the new article's keys are left").isEqualTo(keys);
    }

    @Test
    void aCopyProcessedFirstWhoseProbesCameSecondStillMakesTheOtherItsDuplicate() {
        // Given two deliveries of one story: "first" processed 5 ms before "second", on another partition, but
        // second's probes reach the index before first's (its thread committed sooner)
        EnrichedArticle first = article("same", null, TITLE, BODY, DAY, NOW, 0, 3);
        EnrichedArticle second = article("same", null, TITLE, BODY, DAY, NOW.plusMillis(5), 1, 6);
        dedup.sendWithinTheHold(second, first);
        assertThat(originals.isEmpty()).as("both found original, both held").isTrue();

        // When the hold passes
        dedup.advanceWallClock(DedupSettings.defaults().originalHold());

        // Then the one processed first is the original and the other its duplicate: not two originals
        assertThat(originals.readValuesToList()).extracting(a -> a.origin().partition()).containsExactly(0);
        DuplicateArticle d = duplicates.readValue();
        assertThat(d.article().origin().partition()).isEqualTo(1);
        assertThat(d.method()).isEqualTo("exact-id");
        assertThat(duplicates.isEmpty()).isTrue();
        assertThat(dedup.count("gather-late-claims-taken")).isEqualTo(1);
    }

    @Test
    void aRewriteProcessedFirstWhoseProbesCameSecondClaimsTheLaterRewriteAsNearCopy() {
        EnrichedArticle source = article("src", null, TITLE, BODY, DAY, NOW, 0, 3);
        EnrichedArticle rewrite = article("rw", null, TITLE, P1 + "\n\n" + P2, DAY, NOW.plusMillis(5), 1, 6);
        dedup.sendWithinTheHold(rewrite, source);
        dedup.advanceWallClock(DedupSettings.defaults().originalHold());
        assertThat(originals.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("src");
        DuplicateArticle d = duplicates.readValue();
        assertThat(d.article().id()).isEqualTo("rw");
        assertThat(d.duplicateOf()).isEqualTo("src");
        assertThat(d.method()).isEqualTo("near");
    }

    @Test
    void aClaimThatComesAfterTheHoldIsCountedAndChangesNothingAlreadySent() {
        // Given the later-processed copy already decided and sent once its hold passed
        EnrichedArticle first = article("same", null, TITLE, BODY, DAY, NOW, 0, 3);
        EnrichedArticle second = article("same", null, TITLE, BODY, DAY, NOW.plusMillis(5), 1, 6);
        dedup.send(second);
        assertThat(originals.readValuesToList()).hasSize(1);

        // When the copy processed before it reaches the index only now
        dedup.send(first);

        // Then both are originals (the race this cannot close: docs/dedup.md) and each left exactly once
        assertThat(originals.readValuesToList()).hasSize(1);
        assertThat(duplicates.isEmpty()).isTrue();
        assertThat(dedup.count("gather-late-claims-after-decision")).isEqualTo(1);
        assertThat(DedupDriver.size(dedup.gather())).as("no entry left behind for the late claim").isZero();
    }
}
