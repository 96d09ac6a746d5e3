package dev.newsline.enrich.bench;

import dev.newsline.ingest.model.ParsedText;
import dev.newsline.ingest.parse.RawTextParser;
import dev.newsline.ingest.source.SharedFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The real articles of ../shared/corpus, title and body split, for benchmarks. */
record CorpusArticles(List<ParsedText> articles) {

    static final String ABSENT = "../shared/corpus is absent: nothing to benchmark on (set -Dnewsline.shared.dir)";

    /** The corpus folder, if present here. */
    static Optional<Path> folder() {
        return SharedFolder.locate("corpus");
    }

    /** Every article of every corpus folder. @throws IllegalStateException when the corpus is absent */
    static CorpusArticles load() {
        Path corpus = folder().orElseThrow(() -> new IllegalStateException(ABSENT));
        RawTextParser parser = new RawTextParser();
        List<ParsedText> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus, 2)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(parser.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CorpusArticles(List.copyOf(articles));
    }

    /** Title and body as one string, as the normalizer and the baseline see an article. */
    List<String> fullTexts() {
        return articles.stream().map(a -> a.title() + "\n" + a.body()).toList();
    }

    /** Mean characters per article. */
    double meanChars() {
        return articles.stream().mapToInt(a -> a.title().length() + 1 + a.body().length()).average().orElse(0);
    }
}
