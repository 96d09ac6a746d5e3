package dev.newsline.ingest.feed;

import java.net.URI;

/** GETs a feed or a page; {@link HttpFetcher} over HTTP, a stand-in in tests of the poller. */
@FunctionalInterface
public interface Fetcher {

    /**
     * @param validators for a conditional GET, or {@link Validators#NONE}
     * @param maxBytes   the largest body read
     * @param accept     the {@code Accept} header
     */
    FetchResult fetch(URI url, Validators validators, int maxBytes, String accept)
            throws FetchException, InterruptedException;
}
