package dev.newsline.ingest.config;

/** A {@code newsline.*} setting that is unknown or has a bad value; the message is one line for the user. */
public final class InvalidSettingException extends IllegalArgumentException {

    public InvalidSettingException(String message) {
        super(message);
    }
}
