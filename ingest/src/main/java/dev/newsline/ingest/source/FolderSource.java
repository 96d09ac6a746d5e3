package dev.newsline.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder, walked recursively in name order: each file is read in its own format ({@link SourceFormat}), so
 * a folder may mix loose articles, archives, JSON Lines and WARC files. Hidden files and READMEs describe a
 * folder rather than being news and are left out. With a watch interval it then keeps polling for new files,
 * each read once its size has stopped changing, until interrupted.
 */
final class FolderSource implements ArticleSource {

    private final Path root;
    private final SourceLimits limits;
    private final Duration watch;

    /** @param watch how often to look for new files after the first pass; null to stop after it */
    FolderSource(Path root, SourceLimits limits, Duration watch) {
        this.root = root;
        this.limits = limits;
        this.watch = watch;
    }

    @Override
    public String name() {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? root.toString() : name.toString();
    }

    @Override
    public void read(SourceListener listener) throws IOException, InterruptedException {
        Set<Path> seen = new HashSet<>();
        for (Path file : list()) {
            seen.add(file);
            readFile(file, listener);
        }
        if (watch == null) {
            return;
        }
        Map<Path, Long> growing = new HashMap<>();
        while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(watch.toMillis());
            for (Path file : list()) {
                if (seen.contains(file)) {
                    continue;
                }
                long size = Files.size(file);
                Long before = growing.put(file, size);
                if (before != null && before == size) { // unchanged over one interval: written out
                    growing.remove(file);
                    seen.add(file);
                    readFile(file, listener);
                }
            }
        }
        throw new InterruptedException("stopped watching " + root);
    }

    private void readFile(Path file, SourceListener listener) throws InterruptedException {
        String path = root.relativize(file).toString().replace('\\', '/');
        try {
            SourceFormat.of(file).open(file, path.isEmpty() ? file.getFileName().toString() : path, limits).read(listener);
        } catch (IOException e) {
            listener.skipped(SkippedEntry.failed(file.toAbsolutePath().normalize().toString(), -1, path,
                    "cannot read it: " + e.getMessage()));
        }
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !ArchiveEntries.notAnArticle(p.getFileName().toString()))
                    .sorted().toList();
        }
    }
}
