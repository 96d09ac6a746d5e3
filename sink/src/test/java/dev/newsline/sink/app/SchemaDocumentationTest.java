package dev.newsline.sink.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.model.ArticleFormat;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.RejectedRecord;
import dev.newsline.ingest.serde.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/schema/*.json must list exactly the fields the code writes, so the documentation stays true. */
class SchemaDocumentationTest {

    private static final Path DOCS = Path.of(System.getProperty("newsline.repo.root", ".."), "docs", "schema");

    @Test
    void theEnrichedSchemaListsEveryFieldTheRecordWrites() throws Exception {
        assertThat(writtenFields(article())).containsExactlyInAnyOrderElementsOf(required("enriched-article.schema.json"));
    }

    @Test
    void internalFieldsNeverReachAnOutputRecord() throws Exception {
        EnrichedArticle carryingRaw = new EnrichedArticle(1, "id", "t", "b", null, null, Instant.EPOCH, Instant.EPOCH,
                null, List.of(), null, null, List.of(), new DetectedLanguage("en", 0.9), List.of(), List.of(), "h",
                "o", "UTF-16LE", "//5vAA==", "text", Map.of(), new Origin("news.raw", 0, 0, 0));
        assertThat(writtenFields(carryingRaw)).contains("original_raw");
        assertThat(writtenFields(carryingRaw.forOutput()))
                .containsExactlyInAnyOrderElementsOf(required("enriched-article.schema.json"));
    }

    @Test
    void theDuplicateSchemaListsTheEnrichedFieldsAndTheDedupFields() throws Exception {
        List<String> expected = new ArrayList<>(required("enriched-article.schema.json"));
        expected.addAll(required("duplicate-article.schema.json"));
        assertThat(writtenFields(new DuplicateArticle(article(), "other", 0.8, "near", false)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theRejectedSchemaListsEveryFieldTheRecordWrites() throws Exception {
        RejectedRecord rejected = new RejectedRecord(1, "EMPTY", "m", "ingest", "", true, Map.of(),
                new Origin("news.raw", 0, 0, 0), Instant.EPOCH);
        assertThat(writtenFields(rejected)).containsExactlyInAnyOrderElementsOf(required("rejected-record.schema.json"));
    }

    @Test
    void theEnrichedSchemaListsEveryFormatTheReaderWrites() throws Exception {
        JsonNode schema = JsonMapper.get().readTree(Files.readString(DOCS.resolve("enriched-article.schema.json")));
        List<String> formats = new ArrayList<>();
        schema.path("properties").path("format").path("enum").forEach(n -> formats.add(n.asText()));
        assertThat(formats).containsExactlyInAnyOrderElementsOf(ArticleFormat.ALL);
    }

    private static EnrichedArticle article() {
        return new EnrichedArticle(1, "id", "t", "b", null, null, Instant.EPOCH, Instant.EPOCH,
                null, List.of(), null, null, List.of(), new DetectedLanguage("en", 0.9), List.of(), List.of(), "h",
                "o", "UTF-8", "text", Map.of(), new Origin("news.raw", 0, 0, 0));
    }

    private static List<String> writtenFields(Object record) {
        JsonNode node = JsonMapper.get().valueToTree(record);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> required(String file) throws Exception {
        JsonNode schema = JsonMapper.get().readTree(Files.readString(DOCS.resolve(file)));
        List<String> names = new ArrayList<>();
        schema.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }
}
