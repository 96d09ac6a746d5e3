package dev.newsline.sink.bench;

/** The bench cannot run as asked (topics in use, a record that could not be sent); the message says what to do. */
public final class BenchSetupException extends RuntimeException {

    public BenchSetupException(String message) {
        super(message);
    }
}
