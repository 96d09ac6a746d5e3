package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.html.TestPages;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsline demo --input} on a folder holding a web page: the page is enriched with its main text. */
class HtmlPageIT {

    @Test
    void givenAFolderWithAnHtmlPage_whenTheDemoRuns_thenThePageIsEnrichedWithItsMainTextAndNothingElseAppears(
            @TempDir Path dir) throws Exception {
        // Given a web page and a plain-text article in one folder
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.write(inputs.resolve("harbour-ferry.html"), TestPages.bytes(TestPages.HARBOUR_FERRY));
        Files.writeString(inputs.resolve("talks.txt"), "Talks resume in Geneva\n\nDiplomats resumed talks in Geneva"
                + " on Tuesday after a pause of three weeks.");
        Path dumps = dir.resolve("dumps");

        // When the demo runs on the folder, on its embedded broker
        CommandRun demo = CommandRun.of("demo", "--input", inputs.toString(), "--dump-dir", dumps.toString(),
                "--timeout", "120");

        // Then both are accounted for, on news.enriched
        assertThat(demo.exitCode()).as(demo.out() + demo.err()).isZero();
        assertThat(demo.out()).contains("2 of 2 records accounted for");
        List<JsonNode> enriched = records(dumps, Topics.ENRICHED);
        assertThat(enriched).extracting(r -> r.path("headers").path("filename").asText())
                .containsExactlyInAnyOrder("harbour-ferry.html", "talks.txt");
        // and the page carries its title and main text, without the page's furniture
        JsonNode page = enriched.stream().filter(r -> r.path("format").asText().equals("html")).findFirst()
                .orElseThrow();
        assertThat(page.path("title").asText()).isEqualTo("Night ferry returns to the old harbour after twelve years");
        assertThat(page.path("body").asText()).isEqualTo(TestPages.expectedBody(TestPages.HARBOUR_FERRY));
        assertThat(page.path("url").asText()).isEqualTo("https://ledger.example/harbour/night-ferry-returns");
        assertThat(page.path("published_at").asText()).isEqualTo("2026-03-14T05:30:00Z");
        // and nothing landed on the other outputs
        assertThat(records(dumps, Topics.DUPLICATES)).isEmpty();
        assertThat(records(dumps, Topics.REJECTED)).isEmpty();
    }

    private static List<JsonNode> records(Path dumps, String topic) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(dumps.resolve(topic + ".jsonl"))) {
            records.add(JsonMapper.get().readTree(line));
        }
        return records;
    }
}
