package dev.newsline.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsline.ingest.validate.InputRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Runs the page reader over {@code ../shared/extraction-benchmark} (pages and hand-marked bodies, see its README) and
 * scores every page with {@link ShingleScore}: precision and recall averaged over pages, F1 from the two averages,
 * accuracy the share of pages whose tokens are exactly right.
 */
final class ExtractionBenchmark {

    /** One page's outcome. */
    record PageResult(String key, String url, ShingleScore score, String predicted, String expected) {
    }

    /** The figures over all pages. */
    record Figures(int pages, double precision, double recall, double f1, double accuracy, List<PageResult> results) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d pages: F1 %.4f, precision %.4f, recall %.4f,"
                    + " accuracy %.4f", pages, f1, precision, recall, accuracy);
        }
    }

    private ExtractionBenchmark() {
    }

    static Figures run(Path folder) {
        HtmlPageReader reader = new HtmlPageReader();
        List<PageResult> results = new ArrayList<>();
        JsonNode truth = readTruth(folder.resolve("ground-truth.json"));
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            Path html = folder.resolve("html").resolve(page.getKey() + ".html.gz");
            if (!Files.isRegularFile(html)) {
                continue;
            }
            String expected = page.getValue().path("articleBody").asText("");
            String url = page.getValue().path("url").asText(null);
            String predicted;
            try {
                predicted = reader.read(gunzip(html), url == null ? Map.of() : Map.of("url", url)).body();
            } catch (InputRejectedException e) {
                predicted = "";
            }
            results.add(new PageResult(page.getKey(), url, ShingleScore.of(expected, predicted), predicted,
                    expected));
        }
        double precision = results.stream().mapToDouble(r -> r.score().precision()).average().orElse(0);
        double recall = results.stream().mapToDouble(r -> r.score().recall()).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = results.stream().filter(r -> r.score().exact()).count() / (double) Math.max(1,
                results.size());
        return new Figures(results.size(), precision, recall, f1, accuracy, results);
    }

    private static JsonNode readTruth(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
