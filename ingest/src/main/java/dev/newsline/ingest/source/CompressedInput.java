package dev.newsline.ingest.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * An input file opened for streaming: gunzipped when it is gzip (every member, as WARC.gz has one per
 * record), and guarded so that it cannot expand past the limits ({@link ExpansionGuard}).
 */
final class CompressedInput {

    private CompressedInput() {
    }

    /** The file's bytes, decompressed if {@code gzip}, guarded by {@code limits}. */
    static ExpansionGuard open(Path file, boolean gzip, SourceLimits limits) throws IOException {
        CountingInput raw = new CountingInput(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
        try {
            InputStream plain = gzip ? new GZIPInputStream(raw, 64 * 1024) : raw;
            return new ExpansionGuard(plain, limits, raw::count, 0);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** The reason to report when an input ends early: where, and what the reader said. */
    static String cut(String after, IOException e) {
        return "cut short after " + after + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "): what came before was read";
    }
}
