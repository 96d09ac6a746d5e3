package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.source.ArticleFile;
import dev.newsline.ingest.source.ArticleFiles;
import dev.newsline.ingest.topology.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsline demo} end to end: on time it accounts for everything; out of time it still reports what it has. */
class DemoIT {

    private static final Path SEEDS = Path.of(System.getProperty("newsline.repo.root", ".."), "seeds");
    private static final Pattern TIMED_OUT = Pattern.compile(
            "newsline: timed out after 0 s: (\\d+) of (\\d+) records accounted for, (\\d+) articles missing \\(listed above\\)");

    @Test
    void givenNoTimeToWait_whenTheDemoRuns_thenItDumpsWhatArrivedNamesTheMissingFilesAndExitsOne(@TempDir Path dir)
            throws Exception {
        List<ArticleFile> inputs = ArticleFiles.collect(List.of(SEEDS));
        assertThat(inputs).hasSizeGreaterThan(10);
        Path dumps = dir.resolve("dumps");

        // When the demo may not wait at all for the pipeline
        CommandRun demo = CommandRun.of("demo", "--input", SEEDS.toString(), "--dump-dir", dumps.toString(),
                "--timeout", "0");

        // Then it exits 1 with one line saying how far it got
        assertThat(demo.exitCode()).as(demo.out() + demo.err()).isEqualTo(1);
        Matcher line = TIMED_OUT.matcher(demo.err().strip());
        assertThat(line.matches()).as(demo.err()).isTrue();
        int accounted = Integer.parseInt(line.group(1));
        int missing = Integer.parseInt(line.group(3));
        assertThat(Integer.parseInt(line.group(2))).isEqualTo(inputs.size());
        assertThat(missing).isPositive();
        // and it still printed the partial summary and dumped what arrived
        assertThat(demo.out()).contains("(timed out)").contains("output topic").contains("not accounted for");
        List<String> dumped = new ArrayList<>();
        for (String topic : Topics.ACCOUNTED) {
            Path dump = dumps.resolve(topic + ".jsonl");
            assertThat(dump).exists();
            for (String json : Files.readAllLines(dump)) {
                JsonNode record = JsonMapper.get().readTree(json);
                dumped.add(record.path("headers").path("filename").asText());
            }
        }
        assertThat(dumped.size()).isGreaterThanOrEqualTo(accounted);
        // and every input is either in the dumps or named as missing, never both (a file in both would be counted twice)
        List<String> named = inputs.stream().filter(f -> demo.out().contains("  " + f.path() + " (")).map(ArticleFile::name).toList();
        assertThat(named).hasSize(missing);
        List<String> all = new ArrayList<>(dumped);
        all.addAll(named);
        assertThat(all).containsExactlyInAnyOrderElementsOf(inputs.stream().map(ArticleFile::name).toList());
    }

    @Test
    void givenTimeEnough_whenTheDemoRunsWithASmallArticleLimit_thenItSkipsTheLargeFileAndAccountsForTheRest(@TempDir Path dir)
            throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("a.txt"), "Floods in the north\n\nHeavy rain flooded villages in the north on Monday.");
        Files.writeString(inputs.resolve("b.txt"), "Talks resume in Geneva\n\nDiplomats resumed talks in Geneva on Tuesday.");
        Files.writeString(inputs.resolve("big.txt"), "Long\n\n" + "word ".repeat(400));

        CommandRun demo = CommandRun.of("demo", "--input", inputs.toString(), "--dump-dir", dir.resolve("dumps").toString(),
                "--set", "newsline.max.article.bytes=1024", "--timeout", "120");

        assertThat(demo.exitCode()).as(demo.out() + demo.err()).isZero();
        assertThat(demo.out()).contains("skipped big.txt: 2006 bytes (2.0 KiB), more than newsline.max.article.bytes=1024")
                .contains("2 articles sent").contains("2 of 2 records accounted for")
                .containsPattern("total\\s+2\\s+\\(2 produced to news.raw, all accounted for\\)")
                .doesNotContain("on no output topic");
        assertThat(Files.readAllLines(dir.resolve("dumps").resolve(Topics.ENRICHED + ".jsonl"))).hasSize(2);
    }

    @Test
    void givenASourceCountry_whenTheDemoRuns_thenDomesticItemsNamingNoPlaceAreFiledUnderIt(@TempDir Path dir)
            throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("ministry.txt"),
                "خدمة جديدة للمنشآت\n\nأطلقت وزارة العمل خدمة تتيح للمنشآت إصدار التأشيرات إلكترونيا دون مراجعة الفروع.");
        Files.writeString(inputs.resolve("municipality.txt"),
                "حملة نظافة\n\nبدأت البلدية حملة نظافة في الأحياء الشمالية تستمر أسبوعين بمشاركة المتطوعين.");

        // a value that is no ISO code stops the demo before anything starts, in one line
        CommandRun bad = CommandRun.of("demo", "--input", inputs.toString(), "--dump-dir", dir.resolve("bad").toString(),
                "--set", "newsline.source.country=Saudi");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).contains("newsline.source.country=Saudi is not valid").hasLineCount(1);

        CommandRun demo = CommandRun.of("demo", "--input", inputs.toString(), "--dump-dir", dir.resolve("dumps").toString(),
                "--set", "newsline.source.country=SA", "--timeout", "120");

        assertThat(demo.exitCode()).as(demo.out() + demo.err()).isZero();
        List<String> enriched = Files.readAllLines(dir.resolve("dumps").resolve(Topics.ENRICHED + ".jsonl"));
        assertThat(enriched).hasSize(2);
        for (String line : enriched) {
            JsonNode article = JsonMapper.get().readTree(line);
            assertThat(article.path("headers").path("country-hint").asText()).isEqualTo("SA");
            JsonNode sa = article.path("countries").get(0);
            assertThat(sa.path("code").asText()).isEqualTo("SA");
            assertThat(sa.path("primary").asBoolean()).isTrue();
            assertThat(sa.path("mentions").get(0).path("kind").asText()).isEqualTo("home-institution");
        }
    }
}
