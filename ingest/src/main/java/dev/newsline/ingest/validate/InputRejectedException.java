package dev.newsline.ingest.validate;

/** Thrown by decoding and parsing steps when an input cannot become an article; carries the reason. */
public final class InputRejectedException extends RuntimeException {

    private final transient Rejection rejection;

    public InputRejectedException(RejectReason reason, String message) {
        super(message, null, false, false);
        this.rejection = new Rejection(reason, message);
    }

    public Rejection rejection() {
        return rejection;
    }
}
