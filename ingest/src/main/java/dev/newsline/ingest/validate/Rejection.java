package dev.newsline.ingest.validate;

/** A decision to reject one input, with a one-line message for people. */
public record Rejection(RejectReason reason, String message) {
}
