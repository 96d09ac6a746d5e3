package dev.newsline.sink.api;

/** A request the API refuses: answered 400 with this one-line message. */
public final class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message);
    }
}
