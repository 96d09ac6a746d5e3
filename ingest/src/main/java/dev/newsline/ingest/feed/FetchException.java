package dev.newsline.ingest.feed;

/** A request that brought no usable answer (timeout, status, redirects, size); the message is one line. */
public final class FetchException extends Exception {

    public FetchException(String message) {
        super(message, null, false, false);
    }
}
