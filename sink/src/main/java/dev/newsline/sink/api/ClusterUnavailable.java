package dev.newsline.sink.api;

/** The cluster cannot answer now (an instance did not, or partitions are moving): answered 503, worth a retry. */
final class ClusterUnavailable extends RuntimeException {

    ClusterUnavailable(String message) {
        super(message);
    }
}
