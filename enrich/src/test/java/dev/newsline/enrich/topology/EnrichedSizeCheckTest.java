package dev.newsline.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.validate.Rejection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An enriched record larger than the pipeline carries is stopped with OUTPUT_TOO_LARGE; others pass. */
class EnrichedSizeCheckTest {

    @Test
    void aRecordUnderTheLimitPasses() {
        assertThat(new EnrichedSizeCheck(100_000).tooLarge(article("word ".repeat(2000)))).isNull();
    }

    @Test
    void aRecordOverTheLimitIsRejectedWithItsSize() throws Exception {
        EnrichedArticle article = article("word ".repeat(2000));
        int size = JsonMapper.get().writeValueAsBytes(article).length;

        Rejection rejection = new EnrichedSizeCheck(size - 1).tooLarge(article);

        assertThat(rejection).isNotNull();
        assertThat(rejection.reason().name()).isEqualTo("OUTPUT_TOO_LARGE");
        assertThat(rejection.message()).contains(String.valueOf(size));
        assertThat(new EnrichedSizeCheck(size).tooLarge(article)).isNull();
    }

    @Test
    void controlCharactersThatJsonEscapesCountAtTheirEscapedSize() throws Exception {
        EnrichedArticle article = article("\u0001".repeat(5000));
        int size = JsonMapper.get().writeValueAsBytes(article).length;
        assertThat(size).isGreaterThan(6 * 5000 * 2);
        assertThat(new EnrichedSizeCheck(6 * 5000 * 2).tooLarge(article)).isNotNull();
    }

    private static EnrichedArticle article(String body) {
        return new EnrichedArticle(1, "id", "t", body, null, null, Instant.EPOCH, Instant.EPOCH, null, List.of(), null,
                null, List.of(), new DetectedLanguage("en", 0.9), List.of(), List.of(), "h", "t\n\n" + body, "UTF-8",
                "text", Map.of(), new Origin("news.raw", 0, 0, 0));
    }
}
