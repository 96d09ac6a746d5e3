package dev.newsline.sink.latest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.serde.JsonSerde;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class ArticleEventSerdeTest {

    private static final Instant T = Instant.parse("2026-12-02T10:00:00Z");
    private static final EnrichedArticle ARTICLE = new EnrichedArticle(1, "en-1", "Storm closes schools",
            "Schools closed across the region.", null, T, T, T, "wire", List.of(), null, null, List.of(),
            new DetectedLanguage("en", 0.9), List.of(), List.of(), "hash-en-1", "Storm closes schools", "UTF-8",
            "text", Map.of(), new Origin("news.raw", 0, 7, T.toEpochMilli()));
    private final ArticleEventSerde serde = new ArticleEventSerde();

    @Test
    void anOriginalTravelsAsTheBytesItsOutputTopicGotAndComesBackEqual() {
        byte[] written = JsonSerde.of(EnrichedArticle.class).serializer().serialize("news.enriched", ARTICLE.forOutput());
        byte[] bytes = serde.serializer().serialize("t", ArticleEvent.original(ARTICLE, written));

        assertThat(bytes[0]).isEqualTo(ArticleEventSerde.FORMAT);
        assertThat(Arrays.copyOfRange(bytes, bytes.length - written.length, bytes.length)).isEqualTo(written);
        ArticleEvent read = serde.deserializer().deserialize("t", bytes);
        assertThat(read.article()).isEqualTo(ARTICLE.forOutput());
        assertThat(read.duplicateOf()).isNull();
        assertThat(read.method()).isNull();
        assertThat(serde.serializer().serialize("t", read)).as("written again as read, not re-encoded").isEqualTo(bytes);
    }

    @Test
    void aCopyKeepsItsOriginalAndMethodAndItsArticleIsReadFromTheFlatDuplicateRecord() {
        DuplicateArticle copy = new DuplicateArticle(ARTICLE, "en-0", 0.83, "near", false);
        byte[] written = JsonSerde.of(DuplicateArticle.class).serializer().serialize("news.duplicates", copy);

        ArticleEvent read = serde.deserializer().deserialize("t",
                serde.serializer().serialize("t", ArticleEvent.copy(copy, written)));

        assertThat(read.duplicateOf()).isEqualTo("en-0");
        assertThat(read.method()).isEqualTo("near");
        assertThat(read.article().id()).isEqualTo("en-1");
        assertThat(read.article().title()).isEqualTo("Storm closes schools");
        assertThat(read.article().origin()).isEqualTo(ARTICLE.origin());
    }

    @Test
    void anEventWithoutBytesIsWrittenFromItsArticleAndAnEventOfTheJsonLayoutIsStillRead() {
        ArticleEvent event = new ArticleEvent(ARTICLE.forOutput(), "en-0", "exact-id");
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", event)).article())
                .isEqualTo(ARTICLE.forOutput());

        byte[] legacy = JsonSerde.of(ArticleEvent.class).serializer().serialize("t", event);
        assertThat(legacy[0]).isEqualTo((byte) '{');
        ArticleEvent read = serde.deserializer().deserialize("t", legacy);
        assertThat(read.article()).isEqualTo(ARTICLE.forOutput());
        assertThat(read.duplicateOf()).isEqualTo("en-0");
        assertThat(read.method()).isEqualTo("exact-id");
    }

    @Test
    void cutBytesAreASerializationErrorForTheHandler() {
        byte[] bytes = serde.serializer().serialize("t", new ArticleEvent(ARTICLE.forOutput(), "en-0", "near"));
        for (int n = 1; n < bytes.length; n++) {
            byte[] cut = Arrays.copyOf(bytes, n);
            assertThatThrownBy(() -> serde.deserializer().deserialize("t", cut))
                    .isInstanceOf(SerializationException.class);
        }
    }
}
