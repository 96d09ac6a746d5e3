package dev.newsline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.parse.text.TextLines;
import dev.newsline.ingest.source.SharedFolder;
import dev.newsline.ingest.validate.InputRejectedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reads every article of ../shared/corpus (2,000 real articles) through the whole ingest reader. */
class CorpusParsingTest {

    private static final int MAX_BYTES = 8 * 1024 * 1024;

    @Test
    void everyCorpusArticleParsesWithTitleAndBody() throws IOException {
        Optional<Path> corpus = SharedFolder.locate("corpus");
        assumeTrue(corpus.isPresent(), "../shared/corpus not found: skipping the corpus robustness test");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus.get())) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        RawArticleReader reader = new RawArticleReader(MAX_BYTES);
        List<String> problems = new ArrayList<>();
        int parsed = 0;
        int paragraphs = 0;
        int joinedTitles = 0;
        int withAttribution = 0;
        int withTail = 0;
        int withDate = 0;
        int withSources = 0;
        int withKeywords = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String firstLine = TextLines.split(new String(bytes, StandardCharsets.UTF_8)).stream()
                    .filter(l -> !l.isEmpty()).findFirst().orElse("");
            try {
                ParsedArticle a = reader.read(bytes, Map.of(), new Origin("news.raw", 0, parsed, 0L));
                if (a.title().isBlank() || a.body().isBlank()) {
                    problems.add(file.getFileName() + ": empty title or body");
                }
                parsed++;
                paragraphs += a.body().split("\n\n").length;
                joinedTitles += a.title().equals(firstLine) ? 0 : 1;
                withAttribution += a.text().attribution() == null ? 0 : 1;
                withTail += a.text().appended() == null ? 0 : 1;
                withDate += a.text().publishedAt() == null ? 0 : 1;
                withSources += a.sources().isEmpty() ? 0 : 1;
                withKeywords += a.text().keywords().isEmpty() ? 0 : 1;
            } catch (InputRejectedException e) {
                problems.add(file.getFileName() + ": rejected " + e.rejection());
            }
        }
        System.out.printf("corpus: %d files, %d parsed, %d problems; %d paragraphs; %d titles differ from the first "
                        + "line; %d with attribution, %d with a read-also tail, %d with a date, %d with sources, %d with "
                        + "keywords%n", files.size(), parsed, problems.size(), paragraphs, joinedTitles, withAttribution,
                withTail, withDate, withSources, withKeywords);
        assertThat(files).hasSizeGreaterThanOrEqualTo(2000);
        assertThat(problems).isEmpty();
        assertThat(parsed).isEqualTo(files.size());
    }
}
