package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The dedup window bounds what is remembered: a copy inside it is a duplicate, one after it is news again. */
class DedupWindowIT {

    private static final byte[] ARTICLE = ("Storm closes the port of Bandar Abbas\n\n"
            + "Strong winds closed the port of Bandar Abbas on Sunday and ships were told to stay at anchor "
            + "until the storm passes, the port authority said.").getBytes(StandardCharsets.UTF_8);

    @Test
    void givenAFourSecondWindow_whenCopiesArriveInsideAndAfterIt_thenOnlyTheOneInsideIsADuplicate() throws Exception {
        Properties config = new Properties();
        config.put("newsline.dedup.window", "PT4S");
        try (RunningPipeline pipeline = RunningPipeline.start(2, 1, config)) {
            // Given an article, and a copy of it right away
            pipeline.send(ARTICLE, "filename", "first");
            pipeline.awaitAccounted(1, Duration.ofSeconds(60));
            pipeline.send(ARTICLE, "filename", "copy-inside-window");
            Map<String, List<JsonNode>> out = pipeline.awaitAccounted(2, Duration.ofSeconds(60));
            assertThat(out.get(Topics.DUPLICATES)).singleElement()
                    .satisfies(d -> assertThat(d.path("headers").path("filename").asText()).isEqualTo("copy-inside-window"));

            // When the same article comes again well after the window (entries live 1.5 windows at most)
            Thread.sleep(Duration.ofSeconds(9).toMillis());
            pipeline.send(ARTICLE, "filename", "copy-after-window");
            out = pipeline.awaitAccounted(3, Duration.ofSeconds(60));

            // Then it is forgotten: news.enriched holds it again
            assertThat(out.get(Topics.ENRICHED)).extracting(n -> n.path("headers").path("filename").asText())
                    .containsExactlyInAnyOrder("first", "copy-after-window");
            assertThat(out.get(Topics.DUPLICATES)).hasSize(1);
        }
    }
}
