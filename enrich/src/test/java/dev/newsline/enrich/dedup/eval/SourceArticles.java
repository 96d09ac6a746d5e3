package dev.newsline.enrich.dedup.eval;

import dev.newsline.ingest.source.SharedFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads source articles from the project's seeds/ and ../shared (seeds, corpus) when present. */
public final class SourceArticles {

    private SourceArticles() {
    }

    /** Text files of {@code dir} (title = first non-blank line, paragraphs = other non-blank lines), sorted by name. */
    public static List<SourceArticle> read(Path dir, int limit) {
        try (Stream<Path> files = Files.list(dir)) {
            List<SourceArticle> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList()) {
                List<String> lines = Arrays.stream(Files.readString(f, StandardCharsets.UTF_8).split("\\R"))
                        .map(String::strip).filter(l -> !l.isEmpty()).toList();
                if (lines.size() >= 2) {
                    out.add(new SourceArticle(f.getFileName().toString(), lines.get(0), lines.subList(1, lines.size())));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sub-folder of ../shared ("seeds", "corpus/fa-farsnews"…), if present. */
    public static Optional<Path> shared(String sub) {
        return SharedFolder.locate(sub);
    }

    /** The project's own seeds/ folder, if present. */
    public static Optional<Path> projectSeeds() {
        Path p = Path.of(System.getProperty("newsline.repo.root", ".."), "seeds");
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
