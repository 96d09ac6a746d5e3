package dev.newsline.sink.api;

import dev.newsline.sink.count.Tally;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Counts per window start and value, as instances send them to each other (only non-empty windows). */
record CountBuckets(List<Bucket> buckets) {

    /** One window's counts by value. */
    record Bucket(Instant start, Map<String, Tally> counts) {
    }
}
