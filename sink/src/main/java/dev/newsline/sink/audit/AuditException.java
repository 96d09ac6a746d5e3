package dev.newsline.sink.audit;

/** The audit could not read what it needs (a topic is missing, or a read did not finish in time); one-line message. */
public final class AuditException extends Exception {

    public AuditException(String message) {
        super(message, null, false, false);
    }
}
