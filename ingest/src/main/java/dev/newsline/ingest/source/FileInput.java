package dev.newsline.ingest.source;

import java.nio.file.Path;

/** A source that is one file on disk: named after the file, and checkpointed under its absolute path. */
interface FileInput extends ArticleSource {

    /** The file read. */
    Path file();

    @Override
    default String name() {
        return file().getFileName().toString();
    }

    /** The file's absolute path, as {@link SourceRecord#input()} names it. */
    default String input() {
        return file().toAbsolutePath().normalize().toString();
    }
}
