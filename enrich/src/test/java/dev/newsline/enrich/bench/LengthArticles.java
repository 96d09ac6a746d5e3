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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Articles of a chosen body length made of real text: consecutive articles of one language of ../shared/corpus
 * (ar, fa) joined paragraph after paragraph and cut at a word break, else the project's seeds/ (one article per
 * language, repeated to length). Each keeps the title of the article it starts with.
 */
record LengthArticles(String source, List<Article> articles) {

    /** One built article: its language (as the corpus folder or seed file names it), title and body. */
    record Article(String language, String title, String body) {
    }

    static final String ABSENT = "neither ../shared/corpus nor seeds/ found: nothing to benchmark on "
            + "(run through ./newsline jmh, or set -Dnewsline.repo.root)";

    private static final int PER_LANGUAGE = 8;

    /** {@code PER_LANGUAGE} articles per language with bodies of about {@code bodyChars} characters. */
    static LengthArticles build(int bodyChars) {
        Map<String, List<ParsedText>> byLanguage = new LinkedHashMap<>();
        String source;
        Optional<Path> corpus = SharedFolder.locate("corpus");
        if (corpus.isPresent()) {
            source = "../shared/corpus";
            for (Path dir : list(corpus.get()).stream().filter(Files::isDirectory).toList()) {
                byLanguage.put(dir.getFileName().toString().split("-")[0], parse(list(dir)));
            }
        } else {
            Path seeds = Path.of(System.getProperty("newsline.repo.root", ".")).resolve("seeds");
            if (!Files.isDirectory(seeds)) {
                throw new IllegalStateException(ABSENT);
            }
            source = "seeds/ (no ../shared/corpus)";
            for (Path file : list(seeds)) {
                byLanguage.computeIfAbsent(file.getFileName().toString().split("-")[0], k -> new ArrayList<>())
                        .addAll(parse(List.of(file)));
            }
            byLanguage.remove("json");
        }
        List<Article> out = new ArrayList<>();
        for (int k = 0; k < PER_LANGUAGE; k++) {
            for (Map.Entry<String, List<ParsedText>> e : byLanguage.entrySet()) {
                List<ParsedText> texts = e.getValue();
                if (texts.isEmpty()) {
                    continue;
                }
                int first = (int) ((long) k * texts.size() / PER_LANGUAGE);
                out.add(new Article(e.getKey(), texts.get(first).title(), body(texts, first, bodyChars)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(ABSENT);
        }
        return new LengthArticles(source, List.copyOf(out));
    }

    private static String body(List<ParsedText> texts, int first, int chars) {
        StringBuilder sb = new StringBuilder(chars + 1024);
        for (int i = first; sb.length() < chars; i = (i + 1) % texts.size()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(texts.get(i).body());
        }
        int cut = chars;
        while (cut > chars / 2 && !Character.isWhitespace(sb.charAt(cut))) {
            cut--;
        }
        return sb.substring(0, cut).strip();
    }

    /** Mean body length, for the report. */
    double meanBodyChars() {
        return articles.stream().mapToInt(a -> a.body().length()).average().orElse(0);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ParsedText> parse(List<Path> files) {
        RawTextParser parser = new RawTextParser();
        List<ParsedText> out = new ArrayList<>();
        for (Path f : files) {
            if (!f.toString().endsWith(".txt")) {
                continue;
            }
            try {
                ParsedText t = parser.parse(Files.readString(f, StandardCharsets.UTF_8));
                if (!t.body().isBlank()) {
                    out.add(t);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
