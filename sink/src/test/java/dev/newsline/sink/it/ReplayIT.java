package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.source.ArticleFile;
import dev.newsline.ingest.source.ArticleFiles;
import dev.newsline.ingest.topology.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Backfill is idempotent: replaying the same archive adds nothing to news.enriched. */
class ReplayIT {

    @Test
    void givenAnArchiveOnceProcessed_whenItIsReplayed_thenEveryReplayedRecordIsAnExactDuplicate() throws Exception {
        List<ArticleFile> archive = ArticleFiles.collect(List.of(Path.of(System.getProperty("newsline.repo.root", ".."), "seeds")));
        assertThat(archive).hasSizeGreaterThan(10);

        try (RunningPipeline pipeline = RunningPipeline.start(3, 1, new Properties())) {
            // Given the archive processed once
            for (ArticleFile f : archive) {
                pipeline.send(f.bytes(), "filename", f.path().getFileName().toString(), "content-type", f.contentType());
            }
            Map<String, List<JsonNode>> first = pipeline.awaitAccounted(archive.size(), Duration.ofSeconds(120));
            Set<String> enrichedIds = ids(first.get(Topics.ENRICHED));

            // When the same archive is replayed
            for (ArticleFile f : archive) {
                pipeline.send(f.bytes(), "filename", f.path().getFileName().toString(), "content-type", f.contentType());
            }
            Map<String, List<JsonNode>> both = pipeline.awaitAccounted(2 * archive.size(), Duration.ofSeconds(120));

            // Then news.enriched holds exactly what it held, and every replayed record is a duplicate of it
            assertThat(ids(both.get(Topics.ENRICHED))).isEqualTo(enrichedIds);
            assertThat(both.get(Topics.ENRICHED)).hasSameSizeAs(first.get(Topics.ENRICHED));
            assertThat(both.get(Topics.DUPLICATES)).hasSize(first.get(Topics.DUPLICATES).size() + archive.size()
                    - first.get(Topics.REJECTED).size());
            long exact = both.get(Topics.DUPLICATES).stream()
                    .filter(d -> d.path("method").asText().startsWith("exact-")).count();
            assertThat(exact).isGreaterThanOrEqualTo(archive.size() - first.get(Topics.REJECTED).size());
        }
    }

    private static Set<String> ids(List<JsonNode> records) {
        return records.stream().map(r -> r.path("id").asText()).collect(Collectors.toSet());
    }
}
