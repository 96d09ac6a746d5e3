package dev.newsline.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarSourceTest {

    @TempDir
    Path dir;

    @Test
    void everySeedFileOfATarGzIsOneRecordWithItsBytesAndPath() throws Exception {
        Path tgz = SeedArchives.tarGz(dir.resolve("seeds.tar.gz"));
        List<SeedArchives.Seed> seeds = SeedArchives.seeds();

        Collected c = Collected.read(new TarSource(tgz, true, Collected.DEFAULTS));

        assertThat(c.skipped).isEmpty();
        assertThat(c.entries()).containsExactlyElementsOf(seeds.stream().map(SeedArchives.Seed::path).toList());
        assertThat(c.records).extracting(SourceRecord::value).containsExactlyElementsOf(seeds.stream().map(SeedArchives.Seed::bytes).toList());
        assertThat(c.records).allSatisfy(r -> assertThat(r.headers()).containsEntry("source", "seeds.tar.gz"));
    }

    @Test
    void linksAndUnsafePathsAreSkippedNeverFollowed() throws Exception {
        Path tar = dir.resolve("hostile.tar");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            file(out, "a.txt", "first");
            TarArchiveEntry symlink = new TarArchiveEntry("passwd.txt", TarConstants.LF_SYMLINK);
            symlink.setLinkName("/etc/passwd");
            out.putArchiveEntry(symlink);
            out.closeArchiveEntry();
            TarArchiveEntry hardlink = new TarArchiveEntry("hard.txt", TarConstants.LF_LINK);
            hardlink.setLinkName("a.txt");
            out.putArchiveEntry(hardlink);
            out.closeArchiveEntry();
            file(out, "../../outside.txt", "climbs out");
            file(out, "a.txt", "again");
            file(out, "b.txt", "second");
        }

        Collected c = Collected.read(new TarSource(tar, false, Collected.DEFAULTS));

        assertThat(c.entries()).containsExactly("a.txt", "b.txt");
        assertThat(c.records).extracting(Collected::text).containsExactly("first", "second");
        assertThat(c.skippedEntries()).containsExactly("passwd.txt", "hard.txt", "../../outside.txt", "a.txt");
        assertThat(c.skipped).extracting(SkippedEntry::reason).satisfiesExactly(
                r -> assertThat(r).contains("link"), r -> assertThat(r).contains("link"),
                r -> assertThat(r).contains("unsafe path"), r -> assertThat(r).contains("second entry"));
    }

    @Test
    void aCutTarGzGivesTheEntriesBeforeTheCutAndReportsTheCut() throws Exception {
        Path whole = SeedArchives.tarGz(dir.resolve("whole.tar.gz"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.tar.gz"), Arrays.copyOf(bytes, bytes.length * 2 / 3));

        Collected c = Collected.read(new TarSource(cut, true, Collected.DEFAULTS));

        assertThat(c.records).isNotEmpty().hasSizeLessThan(SeedArchives.seeds().size());
        assertThat(c.entries()).isSubsetOf(SeedArchives.seeds().stream().map(SeedArchives.Seed::path).toList());
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.failed()).isTrue();
            assertThat(s.ordinal()).isEqualTo(-1);
            assertThat(s.reason()).startsWith("cut short after");
        });
    }

    @Test
    void anEntryLargerThanAnArticleIsSkippedWithoutBeingHeldAndTheNextEntryIsRead() throws Exception {
        // A tar whose 64 MB entry is a hole in a sparse file (the 2 GB case is FolderSourceTest's: a tar entry
        // is passed by reading it, which takes seconds per gigabyte on a shared machine).
        long size = 64L * 1024 * 1024;
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        TarArchiveOutputStream head = new TarArchiveOutputStream(header);
        head.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        TarArchiveEntry huge = new TarArchiveEntry("huge.txt");
        huge.setSize(size);
        head.putArchiveEntry(huge);
        head.flush();
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        try (TarArchiveOutputStream after = new TarArchiveOutputStream(tail)) {
            file(after, "after.txt", "still read");
        }
        Path tar = dir.resolve("huge.tar");
        try (RandomAccessFile raf = new RandomAccessFile(tar.toFile(), "rw")) {
            raf.write(header.toByteArray());
            raf.seek(header.size() + size);
            raf.write(tail.toByteArray());
        }

        Collected c = Collected.read(new TarSource(tar, false, Collected.DEFAULTS));

        assertThat(c.entries()).containsExactly("after.txt");
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.entry()).isEqualTo("huge.txt");
            assertThat(s.bytes()).isEqualTo(size);
            assertThat(s.reason()).contains("more than newsline.max.article.bytes");
        });
    }

    private static void file(TarArchiveOutputStream out, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        out.putArchiveEntry(e);
        out.write(bytes);
        out.closeArchiveEntry();
    }
}
