package dev.newsline.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {

    @TempDir
    Path dir;

    @Test
    void eachLineIsOneJsonRecordKeyedByItsIdAndTimedByItsPublishedAt() throws Exception {
        Path jsonl = SeedArchives.jsonLines(dir.resolve("articles.jsonl.gz"), "seed", 30);

        Collected c = Collected.read(new JsonLinesSource(jsonl, true, Collected.DEFAULTS));

        assertThat(c.skipped).isEmpty();
        assertThat(c.records).hasSize(30);
        SourceRecord third = c.records.get(2);
        assertThat(third.key()).isEqualTo("seed-2");
        assertThat(third.ordinal()).isEqualTo(2);
        assertThat(third.timestamp()).isEqualTo(Instant.parse("2025-01-01T00:02:00Z").toEpochMilli());
        assertThat(third.headers()).containsEntry("content-type", "application/json")
                .containsEntry("source", "articles.jsonl.gz").containsEntry("filename", "articles.jsonl.gz:3");
        assertThat(Collected.text(third)).startsWith("{\"id\":\"seed-2\"").doesNotContain("\n");
    }

    @Test
    void aBadLineIsItsOwnRecordSoThePipelineRejectsItAndTheOthersGoThrough() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("mixed.jsonl"),
                "{\"id\":\"a\",\"title\":\"A\",\"body\":\"one\"}\r\n{not json at all\n\n{\"id\":\"c\",\"title\":\"C\",\"body\":\"three\"}");

        Collected c = Collected.read(new JsonLinesSource(jsonl, false, Collected.DEFAULTS));

        assertThat(c.records).extracting(Collected::text)
                .containsExactly("{\"id\":\"a\",\"title\":\"A\",\"body\":\"one\"}", "{not json at all",
                        "{\"id\":\"c\",\"title\":\"C\",\"body\":\"three\"}");
        assertThat(c.records).extracting(SourceRecord::key).containsExactly("a", "mixed.jsonl:2", "c");
        assertThat(c.records.get(1).timestamp()).isEqualTo(Files.getLastModifiedTime(jsonl).toMillis());
        assertThat(c.records).extracting(SourceRecord::ordinal).containsExactly(0L, 1L, 2L);
    }

    @Test
    void aCutGzipGivesTheLinesBeforeTheCutNeverThePartLineAndReportsTheCut() throws Exception {
        Path whole = SeedArchives.jsonLines(dir.resolve("whole.jsonl.gz"), "seed", 200);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length / 2));

        Collected c = Collected.read(new JsonLinesSource(cut, true, Collected.DEFAULTS));

        assertThat(c.records).isNotEmpty().hasSizeLessThan(200);
        for (int i = 0; i < c.records.size(); i++) {
            assertThat(c.records.get(i).key()).isEqualTo("seed-" + i);
            assertThat(Collected.text(c.records.get(i))).endsWith("}");
        }
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.failed()).isTrue();
            assertThat(s.reason()).startsWith("cut short after line " + c.records.size());
        });
    }

    @Test
    void aFiftyMegabyteLineIsSkippedWithoutBeingHeldAndTheNextLinesGoThrough() throws Exception {
        Path jsonl = dir.resolve("fat.jsonl");
        try (OutputStream out = Files.newOutputStream(jsonl)) {
            out.write("{\"id\":\"before\"}\n{\"id\":\"fat\",\"body\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"id\":\"after\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        Collected c = Collected.read(new JsonLinesSource(jsonl, false, Collected.DEFAULTS));

        assertThat(c.records).extracting(SourceRecord::key).containsExactly("before", "after");
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.entry()).isEqualTo("fat.jsonl:2");
            assertThat(s.bytes()).isGreaterThan(50L * 1024 * 1024);
            assertThat(s.reason()).contains("more than newsline.max.article.bytes");
        });
    }

    @Test
    void aGzipBombStopsAtTheRatioLimit() throws Exception {
        Path bomb = dir.resolve("bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write("{\"id\":\"first\"}\n".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 200; i++) {
                out.write(spaces); // 200 MB of one line that deflates about 1000:1
            }
        }

        Collected c = Collected.read(new JsonLinesSource(bomb, true, Collected.DEFAULTS));

        assertThat(c.records).extracting(SourceRecord::key).containsExactly("first");
        assertThat(c.skipped).singleElement().satisfies(s -> assertThat(s.reason()).contains("zip bomb"));
    }
}
