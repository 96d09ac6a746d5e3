package dev.newsline.ingest.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's {@code ../shared} folder (real seeds and corpus, never copied into the project):
 * {@code -Dnewsline.shared.dir}, else {@code shared} beside the repository root
 * ({@code -Dnewsline.repo.root}, set by the build, else the working directory).
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    /** The shared folder, if it exists here. */
    public static Optional<Path> locate() {
        String explicit = System.getProperty("newsline.shared.dir");
        if (explicit != null) {
            Path p = Path.of(explicit);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        Path root = Path.of(System.getProperty("newsline.repo.root", ".")).toAbsolutePath().normalize();
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("seeds")) || Files.isDirectory(candidate.resolve("corpus"))) {
                return Optional.of(candidate);
            }
            if (Files.exists(dir.resolve(".git")) || Files.exists(dir.resolve("mvnw"))) {
                break; // only look beside the repository, not anywhere up the disk
            }
        }
        return Optional.empty();
    }

    /** A sub-folder of the shared folder ({@code seeds}, {@code corpus/fa-farsnews}…), if present. */
    public static Optional<Path> locate(String sub) {
        return locate().map(p -> p.resolve(sub)).filter(Files::isDirectory);
    }
}
