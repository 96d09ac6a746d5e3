package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.source.ArticleFile;
import dev.newsline.ingest.source.ArticleFiles;
import dev.newsline.ingest.source.SeedArchives;
import dev.newsline.ingest.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backfill: replaying the same archive adds nothing to news.enriched (whether sent file by file or by
 * {@code newsline replay} from a zip, a JSON Lines.gz and a WARC.gz); a late older copy is marked as such.
 */
class ReplayIT {

    @Test
    void givenAnArchiveOnceProcessed_whenItIsReplayed_thenEveryReplayedRecordIsAnExactDuplicate() throws Exception {
        List<ArticleFile> archive = ArticleFiles.collect(List.of(Path.of(System.getProperty("newsline.repo.root", ".."), "seeds")));
        assertThat(archive).hasSizeGreaterThan(10);

        try (RunningPipeline pipeline = RunningPipeline.start(3, 1, new Properties())) {
            // Given the archive processed once
            for (ArticleFile f : archive) {
                pipeline.send(f.read(), "filename", f.name(), "content-type", f.contentType());
            }
            Map<String, List<JsonNode>> first = pipeline.awaitAccounted(archive.size(), Duration.ofSeconds(120));
            Set<String> enrichedIds = ids(first.get(Topics.ENRICHED));

            // When the same archive is replayed
            for (ArticleFile f : archive) {
                pipeline.send(f.read(), "filename", f.name(), "content-type", f.contentType());
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

    @Test
    void givenAZipAJsonLinesGzAndAWarcGz_whenReplayedTwiceThroughThePipeline_thenEachRawRecordIsOnOneOutputAndEnrichedIsUnchanged(
            @TempDir Path dir) throws Exception {
        Path zip = SeedArchives.zip(dir.resolve("seeds.zip"));
        Path jsonl = SeedArchives.jsonLines(dir.resolve("backfill.jsonl.gz"), "backfill", 40);
        Path warc = SeedArchives.warc(dir.resolve("pages.warc.gz"));
        int pages = (int) SeedArchives.seeds().stream().filter(s -> s.path().endsWith(".txt")).count();
        int articles = SeedArchives.seeds().size() + 40 + pages;
        String[] replay = {"replay", "--progress", "lines", "--checkpoint", dir.resolve("cp.json").toString(),
                zip.toString(), jsonl.toString(), warc.toString()};

        try (RunningPipeline pipeline = RunningPipeline.start(3, 1, new Properties())) {
            String[] args = withBootstrap(replay, pipeline.bootstrapServers());
            // Given the archives replayed once
            CommandRun first = CommandRun.of(args);
            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(first.out()).startsWith("replay: " + articles + " sent (").contains("; 2 skipped; 0 failed")
                    .contains("skipped 1: not an HTML response (Content-Type text/plain)")
                    .contains("skipped 1: HTTP status 404, not a page");
            Map<String, List<JsonNode>> once = pipeline.awaitAccounted(articles, Duration.ofSeconds(180));
            assertThat(total(once)).isEqualTo(articles);
            assertThat(RunningPipeline.origins(once)).doesNotHaveDuplicates();
            assertThat(once.get(Topics.ENRICHED)).anySatisfy(e -> {
                assertThat(e.path("headers").path("source").asText()).isEqualTo("pages.warc.gz");
                assertThat(e.path("headers").path("url").asText()).startsWith("https://news.example.org/");
            });
            // a JSON Lines article keeps its producer's id: on news.enriched, or on news.duplicates when dedup found
            // the seed it was made from first (which of the two a partition processes first is not fixed)
            assertThat(ids(once.get(Topics.ENRICHED))).anyMatch(id -> id.startsWith("backfill-"));
            assertThat(Stream.concat(ids(once.get(Topics.ENRICHED)).stream(),
                    once.get(Topics.DUPLICATES).stream().map(d -> d.path("id").asText())))
                    .contains("backfill-7");

            // When they are replayed again
            CommandRun second = CommandRun.of(args);
            assertThat(second.exitCode()).as(second.err()).isZero();
            Map<String, List<JsonNode>> twice = pipeline.awaitAccounted(2 * articles, Duration.ofSeconds(180));

            // Then every raw record is on exactly one output, nothing else is, and news.enriched is unchanged:
            // every replayed article is an exact duplicate of its first delivery, or rejected again
            assertThat(total(twice)).isEqualTo(2 * articles);
            assertThat(RunningPipeline.origins(twice)).doesNotHaveDuplicates();
            assertThat(ids(twice.get(Topics.ENRICHED))).isEqualTo(ids(once.get(Topics.ENRICHED)));
            assertThat(twice.get(Topics.ENRICHED)).hasSameSizeAs(once.get(Topics.ENRICHED));
            assertThat(twice.get(Topics.REJECTED)).hasSize(2 * once.get(Topics.REJECTED).size());
            Set<String> firstDelivery = Set.copyOf(RunningPipeline.origins(once));
            List<JsonNode> replayed = twice.get(Topics.DUPLICATES).stream()
                    .filter(d -> !firstDelivery.contains(RunningPipeline.origins(Map.of("", List.of(d))).get(0))).toList();
            assertThat(replayed).hasSize(articles - once.get(Topics.REJECTED).size())
                    .allSatisfy(d -> assertThat(d.path("method").asText()).startsWith("exact-"));
        }
    }

    private static String[] withBootstrap(String[] args, String bootstrap) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(1, List.of("--bootstrap-server", bootstrap));
        return all.toArray(String[]::new);
    }

    private static int total(Map<String, List<JsonNode>> outputs) {
        return outputs.values().stream().mapToInt(List::size).sum();
    }

    @Test
    void givenANewerCopyAlreadyEnriched_whenABackfillDeliversTheOlderRewrite_thenItIsADuplicateMarkedPublishedEarlier()
            throws Exception {
        String body = "Flood waters rose overnight in the river valley, forcing hundreds of families from their homes "
                + "as rescue teams worked through the rain.\n\nThe regional governor said schools would stay closed "
                + "until the water receded and promised emergency funds for farmers who lost their crops.\n\n"
                + "Forecasters expect more rain later in the week across the northern provinces.";
        String newer = article("wire-copy-2", "Floods force hundreds from homes", "Agency staff - " + body,
                "2024-05-03T09:00:00Z");
        String older = article("wire-source-1", "Hundreds flee as floods rise in river valley", body,
                "2024-05-02T18:00:00Z");

        try (RunningPipeline pipeline = RunningPipeline.start(3, 1, new Properties())) {
            // Given the newer copy already processed and on news.enriched
            pipeline.send(newer.getBytes(StandardCharsets.UTF_8), "content-type", "application/json");
            assertThat(ids(pipeline.awaitAccounted(1, Duration.ofSeconds(120)).get(Topics.ENRICHED)))
                    .containsExactly("wire-copy-2");

            // When a backfill delivers the older article it was rewritten from
            pipeline.send(older.getBytes(StandardCharsets.UTF_8), "content-type", "application/json");
            Map<String, List<JsonNode>> out = pipeline.awaitAccounted(2, Duration.ofSeconds(120));

            // Then the story stays once on news.enriched, and the older copy's duplicate record names it the
            // earlier publication of the pair
            assertThat(ids(out.get(Topics.ENRICHED))).containsExactly("wire-copy-2");
            assertThat(out.get(Topics.DUPLICATES)).singleElement().satisfies(d -> {
                assertThat(d.path("id").asText()).isEqualTo("wire-source-1");
                assertThat(d.path("duplicate_of").asText()).isEqualTo("wire-copy-2");
                assertThat(d.path("method").asText()).isEqualTo("near");
                assertThat(d.path("published_earlier").asBoolean()).isTrue();
            });
        }
    }

    private static String article(String id, String title, String body, String publishedAt) throws Exception {
        return JsonMapper.get().writeValueAsString(Map.of("id", id, "title", title, "body", body,
                "published_at", publishedAt));
    }

    private static Set<String> ids(List<JsonNode> records) {
        return records.stream().map(r -> r.path("id").asText()).collect(Collectors.toSet());
    }
}
