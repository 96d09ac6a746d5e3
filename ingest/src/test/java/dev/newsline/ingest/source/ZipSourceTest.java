package dev.newsline.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipSourceTest {

    @TempDir
    Path dir;

    @Test
    void everySeedFileIsOneRecordWithItsBytesPathTypeAndTheArchiveAsSource() throws Exception {
        Path zip = SeedArchives.zip(dir.resolve("seeds.zip"));
        List<SeedArchives.Seed> seeds = SeedArchives.seeds();

        Collected c = Collected.read(new ZipSource(zip, Collected.DEFAULTS));

        assertThat(c.skipped).isEmpty();
        assertThat(c.entries()).containsExactlyElementsOf(seeds.stream().map(SeedArchives.Seed::path).toList());
        for (int i = 0; i < seeds.size(); i++) {
            SourceRecord r = c.records.get(i);
            assertThat(r.value()).isEqualTo(seeds.get(i).bytes());
            assertThat(r.headers()).containsEntry("source", "seeds.zip").containsEntry("filename", seeds.get(i).path());
            assertThat(r.ordinal()).isEqualTo(i);
        }
        SourceRecord json = c.records.stream().filter(r -> r.entry().equals("json-01-en-mexico-election.json")).findFirst().orElseThrow();
        assertThat(json.key()).isEqualTo("newsline-sample-json-01");
        assertThat(json.headers()).containsEntry("content-type", "application/json");
        assertThat(json.timestamp()).isEqualTo(java.time.Instant.parse("2024-06-02T20:30:00Z").toEpochMilli());
        SourceRecord text = c.records.stream().filter(r -> r.entry().endsWith(".txt")).findFirst().orElseThrow();
        assertThat(text.key()).isEqualTo(text.entry());
        assertThat(text.headers()).containsEntry("content-type", "text/plain");
    }

    @Test
    void aZipBombEntryIsCutAtTheRatioLimitAndTheOtherEntriesGoThrough() throws Exception {
        byte[] zeros = new byte[20 * 1024 * 1024]; // deflates about 1000:1
        Path zip = zip(dir.resolve("bomb.zip"), List.of(entry("a.txt", "first"), entry("bomb.txt", zeros), entry("b.txt", "second")));

        Collected c = Collected.read(new ZipSource(zip, Collected.limits(64 * 1024 * 1024)));

        assertThat(c.entries()).containsExactly("a.txt", "b.txt");
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.entry()).isEqualTo("bomb.txt");
            assertThat(s.reason()).contains("zip bomb").contains("100:1");
        });
    }

    @Test
    void anArchiveThatExpandsPastTheTotalLimitStopsThereAndKeepsWhatCameBefore() throws Exception {
        Random random = new Random(1);
        byte[] noise = new byte[300 * 1024];
        List<Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            random.nextBytes(noise);
            entries.add(entry("n" + i + ".txt", noise.clone()));
        }
        Path zip = zip(dir.resolve("big.zip"), entries);
        SourceLimits oneMegabyte = new SourceLimits(512 * 1024, 1024 * 1024, 100, 1024 * 1024, 1000);

        Collected c = Collected.read(new ZipSource(zip, oneMegabyte));

        assertThat(c.entries()).containsExactly("n0.txt", "n1.txt", "n2.txt");
        assertThat(c.skipped).singleElement().satisfies(s -> assertThat(s.reason()).contains("in all"));
    }

    @Test
    void pathTraversalSymlinksAndASecondEntryOfOneNameAreSkippedWithTheirReasons() throws Exception {
        ZipArchiveEntry link = new ZipArchiveEntry("link.txt");
        link.setUnixMode(0120777); // S_IFLNK: the body is the link target
        Path zip = dir.resolve("hostile.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            put(out, new ZipArchiveEntry("ok.txt"), "fine");
            put(out, new ZipArchiveEntry("../../etc/cron.d/evil.txt"), "climbs out");
            put(out, new ZipArchiveEntry("/abs/evil.txt"), "absolute");
            put(out, link, "/etc/passwd");
            put(out, new ZipArchiveEntry("ok.txt"), "the same name again");
        }

        Collected c = Collected.read(new ZipSource(zip, Collected.DEFAULTS));

        assertThat(c.entries()).containsExactly("ok.txt");
        assertThat(Collected.text(c.records.get(0))).isEqualTo("fine");
        assertThat(c.skipped).extracting(SkippedEntry::reason).satisfiesExactly(
                r -> assertThat(r).contains("unsafe path"),
                r -> assertThat(r).contains("unsafe path"),
                r -> assertThat(r).contains("link"),
                r -> assertThat(r).contains("second entry of the same name"));
        assertThat(c.skipped).noneMatch(SkippedEntry::failed);
    }

    @Test
    void aFiftyMegabyteArticleIsSkippedUnreadAndTheRestGoesOn() throws Exception {
        byte[] big = new byte[50 * 1024 * 1024];
        new Random(2).nextBytes(big); // incompressible: the size limit, not the ratio, must catch it
        Path zip = zip(dir.resolve("fifty.zip"), List.of(entry("big.txt", big), entry("small.txt", "small")));

        Collected c = Collected.read(new ZipSource(zip, Collected.DEFAULTS));

        assertThat(c.entries()).containsExactly("small.txt");
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.entry()).isEqualTo("big.txt");
            assertThat(s.bytes()).isEqualTo(big.length);
            assertThat(s.reason()).contains("more than newsline.max.article.bytes=524288");
        });
    }

    record Entry(String name, byte[] bytes) {
    }

    static Entry entry(String name, String text) {
        return new Entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Entry entry(String name, byte[] bytes) {
        return new Entry(name, bytes);
    }

    static Path zip(Path out, List<Entry> entries) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Entry e : entries) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.name()));
                zip.write(e.bytes());
                zip.closeArchiveEntry();
            }
        }
        return out;
    }

    private static void put(ZipArchiveOutputStream out, ZipArchiveEntry entry, String text) throws IOException {
        out.putArchiveEntry(entry);
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeArchiveEntry();
    }
}
