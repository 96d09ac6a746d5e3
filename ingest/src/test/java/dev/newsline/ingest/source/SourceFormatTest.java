package dev.newsline.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFormatTest {

    @TempDir
    Path dir;

    @Test
    void archivesAreKnownByTheirMagicBytesWhateverTheirName() throws Exception {
        assertThat(SourceFormat.of(SeedArchives.zip(dir.resolve("a.bin")))).isEqualTo(SourceFormat.ZIP);
        assertThat(SourceFormat.of(SeedArchives.tarGz(dir.resolve("b.bin")))).isEqualTo(SourceFormat.TAR_GZ);
        assertThat(SourceFormat.of(SeedArchives.warc(dir.resolve("c.bin.gz")))).isEqualTo(SourceFormat.WARC_GZ);
        assertThat(SourceFormat.of(SeedArchives.warc(dir.resolve("d.bin")))).isEqualTo(SourceFormat.WARC);
        assertThat(SourceFormat.of(SeedArchives.jsonLines(dir.resolve("e.gz"), "x", 2))).isEqualTo(SourceFormat.JSONL_GZ);
    }

    @Test
    void textIsJsonLinesOnlyByItsExtensionAndOtherwiseOneArticle() throws Exception {
        assertThat(SourceFormat.of(SeedArchives.jsonLines(dir.resolve("a.jsonl"), "x", 2))).isEqualTo(SourceFormat.JSONL);
        assertThat(SourceFormat.of(SeedArchives.jsonLines(dir.resolve("b.ndjson"), "x", 2))).isEqualTo(SourceFormat.JSONL);
        assertThat(SourceFormat.of(Files.writeString(dir.resolve("c.json"), "{\"title\":\"t\"}"))).isEqualTo(SourceFormat.PLAIN);
        assertThat(SourceFormat.of(Files.writeString(dir.resolve("d.zip.txt"), "PK but not a zip"))).isEqualTo(SourceFormat.PLAIN);
    }
}
