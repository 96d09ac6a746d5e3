package dev.newsline.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcSourceTest {

    @TempDir
    Path dir;

    private static List<SeedArchives.Seed> pages() throws Exception {
        return SeedArchives.seeds().stream().filter(s -> s.path().endsWith(".txt")).toList();
    }

    @Test
    void eachHtmlResponseIsAnArticleWithItsUriContentTypeAndWarcDate() throws Exception {
        Path warc = SeedArchives.warc(dir.resolve("news.warc.gz"));
        List<SeedArchives.Seed> pages = pages();

        Collected c = Collected.read(new WarcSource(warc, true, Collected.DEFAULTS));

        assertThat(c.records).hasSize(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            SourceRecord r = c.records.get(i);
            String uri = SeedArchives.uriOf(pages.get(i));
            assertThat(r.key()).isEqualTo(uri);
            assertThat(r.value()).isEqualTo(SeedArchives.page(pages.get(i)));
            assertThat(r.headers()).containsEntry("url", uri).containsEntry("content-type", "text/html; charset=utf-8")
                    .containsEntry("source", "news.warc.gz").doesNotContainKey("filename");
            assertThat(r.timestamp()).isEqualTo(SeedArchives.WARC_DATE.toEpochMilli());
        }
        assertThat(c.skipped).extracting(SkippedEntry::reason).containsExactly(
                "not an HTML response (Content-Type text/plain)", "HTTP status 404, not a page");
    }

    @Test
    void anUncompressedWarcReadsTheSame() throws Exception {
        Path warc = SeedArchives.warc(dir.resolve("news.warc"));

        Collected c = Collected.read(new WarcSource(warc, false, Collected.DEFAULTS));

        assertThat(c.records).hasSize(pages().size());
    }

    @Test
    void aCutWarcGzGivesTheRecordsBeforeTheCutAndReportsTheCut() throws Exception {
        byte[] bytes = Files.readAllBytes(SeedArchives.warc(dir.resolve("whole.warc.gz")));
        Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length / 2));

        Collected c = Collected.read(new WarcSource(cut, true, Collected.DEFAULTS));

        assertThat(c.records).isNotEmpty().hasSizeLessThan(pages().size());
        for (int i = 0; i < c.records.size(); i++) {
            assertThat(c.records.get(i).value()).isEqualTo(SeedArchives.page(pages().get(i)));
        }
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.failed()).isTrue();
            assertThat(s.reason()).startsWith("cut short after " + c.records.size() + " WARC records");
        });
    }

    @Test
    void aCutUncompressedWarcNeverSendsThePartRecord() throws Exception {
        byte[] bytes = Files.readAllBytes(SeedArchives.warc(dir.resolve("whole.warc")));
        Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length / 2));

        Collected c = Collected.read(new WarcSource(cut, false, Collected.DEFAULTS));

        for (int i = 0; i < c.records.size(); i++) {
            assertThat(c.records.get(i).value()).isEqualTo(SeedArchives.page(pages().get(i)));
        }
        assertThat(c.skipped).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("cut short after"));
    }
}
