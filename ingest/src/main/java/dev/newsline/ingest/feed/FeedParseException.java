package dev.newsline.ingest.feed;

/** A fetched document that is no RSS or Atom feed we read (bad XML, a DOCTYPE, another format); one line. */
public final class FeedParseException extends Exception {

    public FeedParseException(String message) {
        super(message, null, false, false);
    }
}
