package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.TAGGER;
import static dev.newsline.enrich.tag.country.Articles.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.ingest.source.SharedFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Tags the real articles in ../shared/corpus (skipped when absent; never copied into the project): prints how many
 * get a primary country and writes every article's tags to target/country-corpus-*.tsv for reading by hand.
 */
class CorpusCountryTaggingTest {

    @Test
    void tagRealArticles() throws IOException {
        Optional<Path> corpus = SharedFolder.locate("corpus");
        Assumptions.assumeTrue(corpus.isPresent(), "../shared/corpus is absent: corpus figures not computed");
        for (String folder : List.of("ar-saudinewsnet", "fa-farsnews")) {
            Path dir = corpus.get().resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            String lang = folder.substring(0, 2);
            int articles = 0;
            int withPrimary = 0;
            int withPrimaryFromSource = 0;
            String home = LabelledArticles.homeCountry(dir);
            Map<String, Integer> primaryCounts = new TreeMap<>();
            long nanos = 0;
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            Path out = Path.of("target", "country-corpus-" + folder + ".tsv");
            Files.createDirectories(out.getParent());
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                for (Path f : files) {
                    String[] parts = Files.readString(f, StandardCharsets.UTF_8).split("\\R", 2);
                    String title = parts[0].strip();
                    String body = parts.length > 1 ? parts[1].strip() : "";
                    long t0 = System.nanoTime();
                    List<CountryTag> tags = TAGGER.tag(input(title, body, lang));
                    nanos += System.nanoTime() - t0;
                    articles++;
                    if (tags.stream().anyMatch(CountryTag::primary)) {
                        withPrimary++;
                        withPrimaryFromSource++;
                    } else if (TAGGER.tag(input(title, body, lang, home)).stream().anyMatch(CountryTag::primary)) {
                        withPrimaryFromSource++; // as a feed declaring its outlet's home country delivers it
                    }
                    tags.stream().filter(CountryTag::primary).forEach(t -> primaryCounts.merge(t.code(), 1, Integer::sum));
                    w.println(f.getFileName() + "\t" + title + "\t" + tags.stream()
                            .map(t -> t.code() + (t.primary() ? "*" : "") + t.mentions().stream().map(m -> m.text()).distinct().toList())
                            .toList());
                }
            }
            System.out.printf("CORPUS %s: %d articles, %d with a primary country (%.1f%%; %.1f%% from a source declaring"
                            + " %s), %.2f ms/article incl. normalizing; top primaries %s%n", folder, articles, withPrimary,
                    100.0 * withPrimary / articles, 100.0 * withPrimaryFromSource / articles, home,
                    nanos / 1e6 / articles, top(primaryCounts));
            assertThat(articles).isPositive();
        }
    }

    private static String top(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                .map(e -> e.getKey() + "=" + e.getValue()).toList().toString();
    }
}
