package dev.newsline.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A zip archive, one article per file entry, read through its central directory (Commons Compress): an
 * entry that is left out is never decompressed, and one that expands too far is cut where it passes the
 * limit ({@link ExpansionGuard}).
 */
record ZipSource(Path file, SourceLimits limits) implements FileInput {

    @Override
    public void read(SourceListener listener) throws IOException, InterruptedException {
        String input = input();
        ArchiveEntries entries = new ArchiveEntries(limits);
        long total = 0;
        long ordinal = -1;
        long size = Files.size(file);
        long packedSoFar = 0;
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                packedSoFar += Math.max(0, entry.getCompressedSize());
                listener.position(input, Math.min(packedSoFar, size), size);
                String name = entry.getName();
                if (ArchiveEntries.notAnArticle(name)) {
                    continue;
                }
                ordinal++; // only entries that are reported count, so a checkpoint's marks have no gaps
                Optional<String> refusal = entries.refusal(name, entry.isUnixSymlink(), entry.getSize());
                if (refusal.isPresent()) {
                    listener.skipped(SkippedEntry.skipped(input, ordinal, name, entry.getSize(), refusal.get()));
                    continue;
                }
                long packed = entry.getCompressedSize();
                byte[] value;
                try (ExpansionGuard in = new ExpansionGuard(zip.getInputStream(entry), limits, () -> packed, total)) {
                    value = ArchiveEntries.readAtMost(in, limits.maxArticleBytes());
                    total += in.expanded();
                } catch (ExpansionLimitException e) {
                    listener.skipped(SkippedEntry.skipped(input, ordinal, name, entry.getSize(), e.getMessage()));
                    if (e.total()) {
                        return;
                    }
                    continue;
                } catch (IOException e) {
                    listener.skipped(SkippedEntry.failed(input, ordinal, name, "cannot read it: " + e.getMessage()));
                    continue;
                }
                if (value == null) { // the archive understated its size
                    listener.skipped(SkippedEntry.skipped(input, ordinal, name, -1, limits.tooLarge(limits.maxArticleBytes() + 1L)));
                    continue;
                }
                listener.article(SourceRecord.ofFile(input, ordinal, name(), name, value, entry.getTime()));
            }
        }
    }
}
