package dev.newsline.ingest.source;

/** Hears of every entry a source reads, in order: an article to send, or an entry left out with the reason. */
public interface SourceListener {

    /** An article to send; may block (a rate limit, a full send queue). */
    void article(SourceRecord record) throws InterruptedException;

    /** An entry not sent, or the rest of an input that could not be read. */
    void skipped(SkippedEntry skipped);
}
