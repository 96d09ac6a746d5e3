package dev.newsline.sink.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.serde.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sentences by language, read from the project's seeds ({@code en-01-….txt}, {@code json-01-en-….json}) and a
 * corpus folder of {@code <lang>-<source>/} sub-folders of {@code .txt} articles. Only held in memory.
 */
public record SentencePools(Map<String, List<String>> byLanguage) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u061F\u06D4])\\s+|\\n+");
    private static final int MIN_SENTENCE_CHARS = 20;

    /** The sentences of {@code seeds} and, if given, of {@code corpus}. */
    public static SentencePools load(Path seeds, Path corpus) {
        Map<String, List<String>> pools = new TreeMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                String[] parts = name.split("-");
                if (name.endsWith(".txt") && parts.length > 1 && parts[0].length() == 2) {
                    add(pools, parts[0], Files.readString(f, StandardCharsets.UTF_8));
                } else if (name.endsWith(".json") && parts.length > 2) {
                    JsonNode json = JsonMapper.get().readTree(f.toFile());
                    add(pools, parts[2], json.path("title").asText("") + "\n" + json.path("body").asText(""));
                }
            }
            if (corpus != null) {
                try (Stream<Path> dirs = Files.list(corpus)) {
                    for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                        String language = dir.getFileName().toString().split("-")[0];
                        try (Stream<Path> texts = Files.walk(dir)) {
                            for (Path t : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                                add(pools, language, Files.readString(t, StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pools.values().removeIf(List::isEmpty);
        return new SentencePools(pools);
    }

    private static void add(Map<String, List<String>> pools, String language, String text) {
        List<String> pool = pools.computeIfAbsent(language, l -> new ArrayList<>());
        for (String s : SENTENCE_END.split(text)) {
            String sentence = s.strip();
            if (sentence.length() >= MIN_SENTENCE_CHARS) {
                pool.add(sentence);
            }
        }
    }
}
