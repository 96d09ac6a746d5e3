package dev.newsline.ingest.source;

/** Hears of every entry a source reads, in order: an article to send, or an entry left out with the reason. */
public interface SourceListener {

    /** An article to send; may block (a rate limit, a full send queue). */
    void article(SourceRecord record) throws InterruptedException;

    /** An entry not sent, or the rest of an input that could not be read. */
    void skipped(SkippedEntry skipped);

    /**
     * How far the source is through {@code input}: {@code done} of its {@code total} bytes on disk (compressed
     * bytes for an archive), for progress and ETA. Told after each entry; ignored unless wanted.
     */
    default void position(String input, long done, long total) {
    }
}
