package dev.newsline.sink.replay;

/** Paces a replay: each article waits here for its turn before it is sent. */
@FunctionalInterface
public interface RateLimit {

    /** Returns once the next article may be sent. */
    void acquire() throws InterruptedException;
}
