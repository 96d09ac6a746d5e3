package dev.newsline.enrich.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.serde.JsonSerde;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateArticleSerdeTest {

    private final JsonSerde<DuplicateArticle> serde = JsonSerde.of(DuplicateArticle.class);

    private static EnrichedArticle article() {
        return new EnrichedArticle(1, "b", "عنوان", "متن", null, Instant.parse("2024-03-01T00:00:00Z"),
                Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-02T00:00:00Z"), "feed", List.of("x"),
                null, "https://e.com/1", List.of("k"), new DetectedLanguage("fa", 0.9), List.of(), List.of(),
                "abc", "عنوان\n\nمتن", "UTF-8", "text", Map.of("filename", "f.txt"), new Origin("news.raw", 1, 42, 7L));
    }

    @Test
    void isWrittenFlatWithTheEnrichedFieldsAndTheDedupFields() throws Exception {
        DuplicateArticle d = new DuplicateArticle(article(), "a", 0.87, "near", false);
        JsonNode json = JsonMapper.get().readTree(serde.serializer().serialize("t", d));
        assertThat(json.has("article")).isFalse();
        assertThat(json.path("id").asText()).isEqualTo("b");
        assertThat(json.path("schema_version").asInt()).isEqualTo(1);
        assertThat(json.path("origin").path("offset").asLong()).isEqualTo(42);
        assertThat(json.path("duplicate_of").asText()).isEqualTo("a");
        assertThat(json.path("similarity").asDouble()).isEqualTo(0.87);
        assertThat(json.path("method").asText()).isEqualTo("near");
        assertThat(json.path("published_earlier").isBoolean()).isTrue();
        assertThat(json.path("published_earlier").asBoolean()).isFalse();
    }

    @Test
    void roundTripsThroughJsonSerde() {
        DuplicateArticle d = new DuplicateArticle(article(), "a", 1.0, "exact-id", true);
        DuplicateArticle back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", d));
        assertThat(back).isEqualTo(d);
    }
}
