package dev.newsline.ingest.source;

import java.io.IOException;

/**
 * Where articles come from: a folder, an archive, a JSON Lines or WARC file. A source reads lazily, one
 * article at a time, and reports each to a listener; what it cannot read it reports as skipped and goes on.
 */
public interface ArticleSource {

    /** The name of the input, as the {@code source} header carries it (the archive's or folder's name). */
    String name();

    /**
     * Reads every article, in order, into {@code listener}.
     *
     * @throws IOException only when the input cannot be opened at all; damage inside is reported as skipped
     */
    void read(SourceListener listener) throws IOException, InterruptedException;
}
