package dev.newsline.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Lists the plain files under files and folders, each taken as one article ({@code .json} files declared as
 * JSON): what tests send file by file. {@code produce}, {@code demo} and {@code replay} read inputs through
 * {@link Sources} instead, which also opens archives, JSON Lines and WARC files. Folders are walked in name order; hidden files and README
 * files are skipped, since they describe a folder rather than being news. Only paths and sizes are kept:
 * each file is read when it is sent ({@link ArticleFile#read()}).
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** Every article file under {@code paths}, in a stable order, not yet read. */
    public static List<ArticleFile> collect(List<Path> paths) throws NoSuchFileException {
        List<ArticleFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString());
            }
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.filter(Files::isRegularFile).filter(ArticleFiles::isArticle).sorted().toList()) {
                    files.add(new ArticleFile(p, Files.size(p), contentType(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static boolean isArticle(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.toUpperCase(Locale.ROOT).startsWith("README");
    }

    private static String contentType(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? "application/json" : "text/plain";
    }
}
