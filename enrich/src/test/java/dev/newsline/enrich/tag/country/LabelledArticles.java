package dev.newsline.enrich.tag.country;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsline.ingest.html.HtmlPage;
import dev.newsline.ingest.html.HtmlPageReader;
import dev.newsline.ingest.validate.InputRejectedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Reads the country label files under {@code /eval}: {@code country-blind-*.tsv} name corpus files whose text stays
 * in ../shared/corpus (never copied here), {@code country-pages-*.tsv} name pages of ../shared/extraction-benchmark,
 * {@code country-wire.tsv} and {@code tagging-eval.jsonl} carry their texts.
 */
final class LabelledArticles {

    private LabelledArticles() {
    }

    /** Labelled corpus articles of one folder (e.g. ar-saudinewsnet), their text read from {@code folder}. */
    static List<LabelledArticle> corpus(String labels, Path folder) {
        String language = folder.getFileName().toString().substring(0, 2);
        return rows(labels, c -> {
            String[] text = read(folder.resolve(c[0])).split("\\R", 2);
            return new LabelledArticle(c[0], language, text[0].strip(), text.length > 1 ? text[1].strip() : "",
                    codes(c[1]), codes(c[3]));
        });
    }

    /** The corpus folder of ../shared/corpus holding the articles of {@code language} (ar or fa). */
    static String corpusFolder(String language) {
        return switch (language) {
            case "ar" -> "ar-saudinewsnet";
            case "fa" -> "fa-farsnews";
            default -> throw new IllegalArgumentException("no corpus folder for " + language);
        };
    }

    /**
     * The home country of a corpus folder's outlets, as their feeds would declare it: the corpus README gives 14 Saudi
     * outlets for ar-saudinewsnet and Fars News Agency (Iran) for fa-farsnews.
     */
    static String homeCountry(Path folder) {
        return switch (folder.getFileName().toString()) {
            case "ar-saudinewsnet" -> "SA";
            case "fa-farsnews" -> "IR";
            default -> throw new IllegalArgumentException("no known home country for " + folder);
        };
    }

    /** The same articles as a feed of their outlets would deliver them, declaring its home country. */
    static List<LabelledArticle> corpusFromItsSource(String labels, Path folder) {
        String home = homeCountry(folder);
        return corpus(labels, folder).stream().map(a -> new LabelledArticle(a.id(), a.language(), a.title(), a.body(),
                a.primary(), a.forbidden(), home)).toList();
    }

    /** The labels of a corpus set alone, without the articles' text (which stays in ../shared). */
    static List<LabelledArticle> labelsOnly(String labels, String language) {
        return rows(labels, c -> new LabelledArticle(c[0], language, "", "", codes(c[1]), codes(c[3])));
    }

    /**
     * Labelled pages of ../shared/extraction-benchmark: the title as the pipeline's page reader finds it, and the
     * body as a person marked it ({@code handMarkedBody}) or as the page reader extracts it; rows in a language the
     * tagger does not read are left out.
     */
    static List<LabelledArticle> webPages(String labels, Path benchmark, boolean handMarkedBody) {
        JsonNode truth = readJson(benchmark.resolve("ground-truth.json"));
        HtmlPageReader reader = new HtmlPageReader();
        return rows(labels, c -> c).stream().filter(c -> READ_LANGUAGES.contains(c[1])).map(c -> {
            JsonNode page = truth.path(c[0]);
            if (page.isMissingNode()) {
                throw new IllegalStateException(labels + " names a page the benchmark lacks: " + c[0]);
            }
            String url = page.path("url").asText("");
            String title = "";
            String extracted = "";
            try {
                HtmlPage read = reader.read(gunzip(benchmark.resolve("html").resolve(c[0] + ".html.gz")),
                        Map.of("url", url));
                title = read.metadata().title();
                extracted = read.body();
            } catch (InputRejectedException e) {
                // a page the reader rejects reaches the tagger with nothing: scored as such
            }
            String body = handMarkedBody ? page.path("articleBody").asText("") : extracted;
            return new LabelledArticle(c[0], c[1], title, body, codes(c[2]), codes(c[4]));
        }).toList();
    }

    /** The labels of the web pages in the languages the tagger reads, without their text (which stays in ../shared). */
    static List<LabelledArticle> pageLabels(String labels) {
        return rows(labels, c -> c).stream().filter(c -> READ_LANGUAGES.contains(c[1]))
                .map(c -> new LabelledArticle(c[0], c[1], "", "", codes(c[2]), codes(c[4]))).toList();
    }

    /** The languages the country tagger reads (docs/tagging.md). */
    static final Set<String> READ_LANGUAGES = Set.of("ar", "de", "en", "es", "fa", "fr", "ru", "tr");

    /** The written wire stories, every language. */
    static List<LabelledArticle> wire(String labels) {
        return rows(labels, c -> new LabelledArticle(c[0], c[1], c[5], c[6], codes(c[2]), codes(c[4])));
    }

    /** The earlier set, {@code tagging-eval.jsonl}: one JSON article a line, gold in "countries", nothing forbidden. */
    static List<LabelledArticle> earlier(String resource) {
        ObjectMapper json = new ObjectMapper();
        return lines(resource).stream().map(line -> {
            try {
                JsonNode a = json.readTree(line);
                Set<String> gold = new TreeSet<>();
                a.get("countries").forEach(c -> gold.add(c.asText()));
                return new LabelledArticle(a.get("id").asText(), a.get("language").asText(), a.get("title").asText(),
                        a.get("body").asText(), gold, Set.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static <T> List<T> rows(String resource, Function<String[], T> parse) {
        List<String> lines = lines(resource).stream().filter(l -> !l.startsWith("#")).toList();
        return lines.stream().skip(1).map(l -> parse.apply(l.split("\t", -1))).toList(); // skip the column names
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = LabelledArticles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Set<String> codes(String column) {
        return new TreeSet<>(Arrays.asList(column.strip().isEmpty() ? new String[0] : column.strip().split("\\s+")));
    }

    private static JsonNode readJson(Path file) {
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

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
