package dev.newsline.ingest.source;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The sources for the paths a user names: a folder is walked, a file is read in its own format. */
public final class Sources {

    private Sources() {
    }

    /**
     * One source per path, in order.
     *
     * @param watch for folders, how often to look for new files after the first pass; null to stop after it
     * @throws NoSuchFileException naming the first path that does not exist
     */
    public static List<ArticleSource> of(List<Path> paths, SourceLimits limits, Duration watch) throws NoSuchFileException {
        List<ArticleSource> sources = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString());
            }
            sources.add(Files.isDirectory(path) ? new FolderSource(path, limits, watch) : new SingleFile(path, limits));
        }
        return sources;
    }

    /** A file named on its own: its format is read when it is read, so that listing stays cheap. */
    private record SingleFile(Path file, SourceLimits limits) implements ArticleSource {

        @Override
        public String name() {
            return file.getFileName().toString();
        }

        @Override
        public void read(SourceListener listener) throws java.io.IOException, InterruptedException {
            SourceFormat.of(file).open(file, name(), limits).read(listener);
        }
    }
}
