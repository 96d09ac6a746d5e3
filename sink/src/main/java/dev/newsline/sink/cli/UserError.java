package dev.newsline.sink.cli;

/** A mistake the user can fix (missing file, unreachable broker, bad setting): one line, non-zero exit. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message, null, false, false);
    }
}
