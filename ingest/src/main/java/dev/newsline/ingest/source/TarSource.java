package dev.newsline.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A tar or tar.gz archive, streamed entry by entry (Commons Compress): one article per regular file; links,
 * devices and unsafe paths are left out unread. A cut archive gives what came before the cut.
 */
record TarSource(Path file, boolean gzip, SourceLimits limits) implements FileInput {

    @Override
    public void read(SourceListener listener) throws IOException, InterruptedException {
        String input = input();
        ArchiveEntries entries = new ArchiveEntries(limits);
        long ordinal = -1;
        long size = Files.size(file);
        try (ExpansionGuard guarded = CompressedInput.open(file, gzip, limits);
             TarArchiveInputStream tar = new TarArchiveInputStream(guarded)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                listener.position(input, guarded.compressedBytes(), size);
                String name = entry.getName();
                if (ArchiveEntries.notAnArticle(name)) {
                    continue;
                }
                ordinal++; // only entries that are reported count, so a checkpoint's marks have no gaps
                boolean link = entry.isSymbolicLink() || entry.isLink();
                Optional<String> refusal = entries.refusal(name, link, entry.getSize());
                if (refusal.isEmpty() && !link && !entry.isFile()) {
                    refusal = Optional.of("not a regular file (a device or a pipe)");
                }
                if (refusal.isPresent()) {
                    listener.skipped(SkippedEntry.skipped(input, ordinal, name, entry.getSize(), refusal.get()));
                    continue;
                }
                byte[] value = ArchiveEntries.readAtMost(tar, limits.maxArticleBytes());
                if (value == null) {
                    listener.skipped(SkippedEntry.skipped(input, ordinal, name, entry.getSize(), limits.tooLarge(entry.getSize())));
                    continue;
                }
                listener.article(SourceRecord.ofFile(input, ordinal, name(), name, value, entry.getModTime().getTime()));
            }
        } catch (ExpansionLimitException e) {
            listener.skipped(SkippedEntry.skipped(input, -1, name(), -1, e.getMessage()));
        } catch (IOException e) {
            listener.skipped(SkippedEntry.failed(input, -1, name(), CompressedInput.cut((ordinal + 1) + " entries", e)));
        }
    }
}
