package dev.newsline.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One plain file holding one article (text, a JSON object, an HTML page): one record, bytes unchanged, with no
 * {@code source} header (a folder is not a news source). A file larger than an article may be is never opened.
 */
record FileSource(Path file, String path, SourceLimits limits) implements FileInput {

    @Override
    public String name() {
        return path;
    }

    @Override
    public void read(SourceListener listener) throws IOException, InterruptedException {
        String input = input();
        long size = Files.size(file);
        listener.position(input, size, size);
        if (size > limits.maxArticleBytes()) { // a 2 GB file is never opened
            listener.skipped(SkippedEntry.skipped(input, 0, path, size, limits.tooLarge(size)));
            return;
        }
        byte[] value;
        try (InputStream in = Files.newInputStream(file)) {
            value = ArchiveEntries.readAtMost(in, limits.maxArticleBytes());
        } catch (IOException e) {
            listener.skipped(SkippedEntry.failed(input, 0, path, "cannot read it: " + e.getMessage()));
            return;
        }
        if (value == null) { // it grew since its size was read
            listener.skipped(SkippedEntry.skipped(input, 0, path, -1, limits.tooLarge(limits.maxArticleBytes() + 1L)));
            return;
        }
        long mtime = Files.getLastModifiedTime(file).toMillis();
        listener.article(SourceRecord.ofFile(input, 0, null, path, value, mtime));
    }
}
