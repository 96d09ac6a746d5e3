package dev.newsline.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input file found on disk: where it is, its size when it was listed and how it is declared. Its bytes
 * are read only when it is sent, so a folder of any size never sits in memory.
 */
public record ArticleFile(Path path, long size, String contentType) {

    /** The file name, as the {@code filename} header of its raw record carries it. */
    public String name() {
        return path.getFileName().toString();
    }

    /** The file's bytes, read now (they may differ from {@link #size()} if the file changed since it was listed). */
    public byte[] read() throws IOException {
        return Files.readAllBytes(path);
    }
}
