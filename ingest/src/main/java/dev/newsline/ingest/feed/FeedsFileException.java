package dev.newsline.ingest.feed;

/** The feeds file is missing or has a line that is not a feed; the message names the file and the line. */
public final class FeedsFileException extends Exception {

    public FeedsFileException(String message) {
        super(message, null, false, false);
    }
}
