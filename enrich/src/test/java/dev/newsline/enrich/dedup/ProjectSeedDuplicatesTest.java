package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.dedup.eval.DedupRun;
import dev.newsline.enrich.dedup.eval.SourceArticles;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.model.ParsedText;
import dev.newsline.ingest.parse.RawTextParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seeds/zz-duplicates/dup-* samples are what `./newsline demo` shows as duplicates: each repeats its sample article. */
class ProjectSeedDuplicatesTest {

    @Test
    void everyDupSampleIsADuplicateOfTheSampleItRepeats() throws Exception {
        Path seeds = SourceArticles.projectSeeds().orElse(null);
        Assumptions.assumeTrue(seeds != null && Files.exists(seeds.resolve("fa-01-tehran-baku.txt"))
                && Files.exists(seeds.resolve("ar-01-mohadathat-alqahira.txt")), "seeds/ samples not merged yet");
        List<EnrichedArticle> input = new ArrayList<>();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        List<Path> files;
        try (Stream<Path> s = Files.walk(seeds)) {
            // path order, as the demo sends them: zz-duplicates/ comes after the samples it repeats
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int i = 0;
        for (Path f : files) {
            ParsedText t = new RawTextParser().parse(Files.readString(f, StandardCharsets.UTF_8));
            input.add(TestArticles.article(f.getFileName().toString(), null, t.title(), t.body(), null, now.plusSeconds(i++)));
        }
        Map<String, DuplicateArticle> verdicts = DedupRun.run(input, DedupSettings.defaults());
        assertThat(verdicts).containsOnlyKeys(files.stream().map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("dup-")).toList());
        verdicts.forEach((id, d) -> assertThat(d.duplicateOf()).as(id)
                .isEqualTo(id.startsWith("dup-fa-01") ? "fa-01-tehran-baku.txt" : "ar-01-mohadathat-alqahira.txt"));
    }
}
