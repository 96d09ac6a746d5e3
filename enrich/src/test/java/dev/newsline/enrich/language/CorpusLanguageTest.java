package dev.newsline.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.model.ParsedText;
import dev.newsline.ingest.parse.RawTextParser;
import dev.newsline.ingest.read.RawArticleReader;
import dev.newsline.ingest.source.SharedFolder;
import dev.newsline.ingest.validate.InputRejectedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** All 2,000 real articles of ../shared/corpus through parsing and language detection. */
class CorpusLanguageTest {

    /** Folder → the language every article in it is written in. */
    private static final Map<String, String> FOLDERS = Map.of("ar-saudinewsnet", "ar", "fa-farsnews", "fa");

    private static final Map<String, FolderResult> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void runCorpus() throws IOException {
        Optional<Path> corpus = SharedFolder.locate("corpus");
        Assumptions.assumeTrue(corpus.isPresent(), "../shared/corpus is absent: corpus language test skipped");
        NewslineSettings settings = NewslineSettings.defaults();
        LanguageDetector detector = new LanguageDetector(settings.languages(), settings.languageSampleChars());
        RawArticleReader reader = new RawArticleReader(settings.maxArticleBytes());
        for (Map.Entry<String, String> folder : new java.util.TreeMap<>(FOLDERS).entrySet()) {
            Path dir = corpus.get().resolve(folder.getKey());
            Assumptions.assumeTrue(Files.isDirectory(dir), dir + " is absent: corpus language test skipped");
            FolderResult result = new FolderResult(folder.getValue());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    result.add(file, reader, detector);
                }
            }
            RESULTS.put(folder.getKey(), result);
            System.out.printf("%s: %d/%d detected as %s (%.2f%%); misclassified %s; rejected %s; empty %s%n",
                    folder.getKey(), result.correct, result.total, result.expected, 100.0 * result.accuracy(),
                    result.misclassified, result.rejected, result.empty);
        }
    }

    @Test
    void holdsTheTwoThousandArticles() {
        assertThat(RESULTS.values().stream().mapToInt(r -> r.total).sum()).isEqualTo(2000);
    }

    @Test
    void languageIsRightForAtLeast99PercentOfEachFolder() {
        RESULTS.forEach((folder, result) -> assertThat(result.accuracy())
                .as("%s accuracy; misclassified: %s", folder, result.misclassified).isGreaterThanOrEqualTo(0.99));
    }

    @Test
    void noArticleIsRejected() {
        RESULTS.forEach((folder, result) -> assertThat(result.rejected).as(folder).isEmpty());
    }

    @Test
    void noArticleHasAnEmptyTitleOrBody() {
        RESULTS.forEach((folder, result) -> assertThat(result.empty).as(folder).isEmpty());
    }

    /** What one folder gave; a rejected article is still detected on a plain title/body split. */
    private static final class FolderResult {
        final String expected;
        final List<String> misclassified = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();
        final List<String> empty = new ArrayList<>();
        int total;
        int correct;

        FolderResult(String expected) {
            this.expected = expected;
        }

        void add(Path file, RawArticleReader reader, LanguageDetector detector) throws IOException {
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            String title;
            String body;
            try {
                ParsedArticle article = reader.read(bytes, Map.of(), new Origin("corpus", 0, total, 0));
                title = article.title();
                body = article.body();
            } catch (InputRejectedException e) {
                rejected.add(name + " (" + e.getMessage() + ")");
                ParsedText text = new RawTextParser().parse(new String(bytes, StandardCharsets.UTF_8));
                title = text.title();
                body = text.body();
            }
            if (title.isBlank() || body.isBlank()) {
                empty.add(name);
            }
            DetectedLanguage language = detector.detect(title, body);
            total++;
            if (expected.equals(language.code())) {
                correct++;
            } else {
                misclassified.add(name + "=" + language.code());
            }
        }

        double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }
}
