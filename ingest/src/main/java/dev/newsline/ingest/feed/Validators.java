package dev.newsline.ingest.feed;

import java.util.Optional;

/**
 * What a server said about the version it sent, for the next conditional GET.
 *
 * @param etag         the {@code ETag} header, sent back as {@code If-None-Match}
 * @param lastModified the {@code Last-Modified} header, sent back verbatim as {@code If-Modified-Since}
 */
public record Validators(Optional<String> etag, Optional<String> lastModified) {

    /** No validators: an unconditional GET. */
    public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());
}
