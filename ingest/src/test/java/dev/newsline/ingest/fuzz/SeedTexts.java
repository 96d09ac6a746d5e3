package dev.newsline.ingest.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The articles hostile inputs start from: the project's own {@code seeds/} (found from {@code -Dnewsline.repo.root},
 * else upwards from the working directory), read at run time and never copied; a few short articles written here
 * when the folder is not around.
 */
final class SeedTexts {

    private static final List<String> WRITTEN_HERE = List.of(
            "Storm closes the port\n\nATHENS, May 2 (Newsline) - A storm closed the port of Piraeus on Friday,\n"
                    + "stranding ferries bound for the islands, the coast guard said.\n\nTags: Greece, storm\n",
            "عاصفة تغلق الميناء\n\nأغلقت عاصفة قوية ميناء الإسكندرية صباح اليوم، وقالت هيئة الموانئ إن الحركة\n"
                    + "ستعود غدا.\n\nالمصدر: نيوزلاين\n",
            "{\"id\": \"fuzz-1\", \"title\": \"Rain in Tehran\", \"body\": \"Heavy rain fell on Tehran on Monday.\\n\\n"
                    + "Read also: Markets calm\", \"published_at\": \"2024-03-04\", \"language\": \"en\"}");

    private SeedTexts() {
    }

    /** The seed articles as text, in file-name order; never empty. */
    static List<String> load() {
        Path dir = locate();
        if (dir == null) {
            return WRITTEN_HERE;
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".txt") || name.endsWith(".json")) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seeds in " + dir, e);
        }
        return texts.isEmpty() ? WRITTEN_HERE : List.copyOf(texts);
    }

    private static Path locate() {
        Path start = Path.of(System.getProperty("newsline.repo.root", ".")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("seeds")) && Files.exists(dir.resolve("mvnw"))) {
                return dir.resolve("seeds");
            }
        }
        return null;
    }
}
