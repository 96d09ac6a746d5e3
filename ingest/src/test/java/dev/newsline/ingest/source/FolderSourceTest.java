package dev.newsline.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsWalkedRecursivelyAndEachFileReadInItsOwnFormat() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Bee\n\nbody");
        Files.setLastModifiedTime(dir.resolve("b.txt"), FileTime.from(Instant.parse("2025-02-03T04:05:06Z")));
        Files.writeString(dir.resolve("README.md"), "about this folder");
        Files.writeString(dir.resolve(".hidden"), "x");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("page.html"), "<html><title>T</title></html>");
        SeedArchives.jsonLines(sub.resolve("more.jsonl"), "line", 3);

        Collected c = Collected.read(new FolderSource(dir, Collected.DEFAULTS, null));

        assertThat(c.skipped).isEmpty();
        assertThat(c.entries()).containsExactly("b.txt", "more.jsonl:1", "more.jsonl:2", "more.jsonl:3", "sub/page.html");
        SourceRecord text = c.records.get(0);
        assertThat(text.headers()).containsExactly(java.util.Map.entry("filename", "b.txt"), java.util.Map.entry("content-type", "text/plain"));
        assertThat(text.timestamp()).isEqualTo(Instant.parse("2025-02-03T04:05:06Z").toEpochMilli());
        assertThat(text.input()).isEqualTo(dir.resolve("b.txt").toAbsolutePath().normalize().toString());
        assertThat(c.records.get(4).headers()).containsEntry("content-type", "text/html").containsEntry("filename", "sub/page.html");
        assertThat(c.records.get(1).input()).endsWith("more.jsonl");
    }

    @Test
    void aTwoGigabyteFileIsSkippedUnopenedAndAFiftyMegabyteOneToo() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "before");
        try (RandomAccessFile sparse = new RandomAccessFile(dir.resolve("b-huge.txt").toFile(), "rw")) {
            sparse.setLength(2L * 1024 * 1024 * 1024); // a hole: no 2 GB written to disk
        }
        try (RandomAccessFile fifty = new RandomAccessFile(dir.resolve("c-fifty.txt").toFile(), "rw")) {
            fifty.setLength(50L * 1024 * 1024);
        }
        Files.writeString(dir.resolve("d.txt"), "after");

        Collected c = Collected.read(new FolderSource(dir, Collected.DEFAULTS, null));

        assertThat(c.entries()).containsExactly("a.txt", "d.txt");
        assertThat(c.skipped).extracting(SkippedEntry::entry).containsExactly("b-huge.txt", "c-fifty.txt");
        assertThat(c.skipped).extracting(SkippedEntry::bytes).containsExactly(2L * 1024 * 1024 * 1024, 50L * 1024 * 1024);
        assertThat(c.skipped).allSatisfy(s -> assertThat(s.reason()).contains("more than newsline.max.article.bytes=524288"));
    }

    @Test
    void archivesInAFolderAreOpenedAndKeyedInsideTheArchive() throws Exception {
        SeedArchives.zip(dir.resolve("seeds.zip"));
        SeedArchives.warc(dir.resolve("pages.warc.gz"));

        Collected c = Collected.read(new FolderSource(dir, Collected.DEFAULTS, null));

        int pages = (int) SeedArchives.seeds().stream().filter(s -> s.path().endsWith(".txt")).count();
        assertThat(c.records).hasSize(pages + SeedArchives.seeds().size());
        assertThat(c.records.get(0).headers()).containsEntry("source", "pages.warc.gz");
        assertThat(c.records.get(pages).headers()).containsEntry("source", "seeds.zip");
    }

    @Test
    void watchingPicksUpAFileWrittenAfterTheFirstPass() throws Exception {
        Files.writeString(dir.resolve("first.txt"), "first");
        List<SourceRecord> seen = new CopyOnWriteArrayList<>();
        SourceListener listener = new SourceListener() {
            @Override
            public void article(SourceRecord record) {
                seen.add(record);
            }

            @Override
            public void skipped(SkippedEntry skipped) {
            }
        };
        Thread watcher = new Thread(() -> {
            try {
                new FolderSource(dir, Collected.DEFAULTS, Duration.ofMillis(50)).read(listener);
            } catch (Exception e) {
                // interrupted: the end of watching
            }
        });
        watcher.start();
        try {
            awaitSize(seen, 1);
            Files.writeString(dir.resolve("second.txt"), "second");
            awaitSize(seen, 2);
        } finally {
            watcher.interrupt();
            watcher.join(5000);
        }
        assertThat(seen).extracting(SourceRecord::entry).containsExactly("first.txt", "second.txt");
        assertThat(watcher.isAlive()).isFalse();
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        for (int i = 0; i < 200 && list.size() < size; i++) {
            Thread.sleep(50);
        }
        assertThat(list).hasSize(size);
    }
}
