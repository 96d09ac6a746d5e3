package dev.newsline.ingest.feed;

import java.net.URI;

/** The answer to a GET: a document, or "not modified" (304) for a conditional GET. */
public sealed interface FetchResult {

    /**
     * A 2xx answer with its body.
     *
     * @param finalUrl    where the body came from, after redirects
     * @param contentType the {@code Content-Type} header verbatim, or null when the server sent none
     * @param body        the body's bytes as received
     * @param validators  the {@code ETag} and {@code Last-Modified} it carried
     */
    record Fetched(URI finalUrl, String contentType, byte[] body, Validators validators) implements FetchResult {
    }

    /** A 304: the document has not changed since the validators were given. */
    record NotModified() implements FetchResult {
    }
}
