package dev.newsline.ingest.source;

/**
 * Decides, just before an article is sent, whether it is sent now: a replay leaves out what a checkpoint says
 * the broker already has, and waits for its rate limit.
 */
@FunctionalInterface
public interface SendGate {

    /** Sends everything at once. */
    SendGate OPEN = record -> true;

    /** True to send {@code record} now (after waiting, if need be); false to leave it out unreported. */
    boolean admit(SourceRecord record) throws InterruptedException;
}
