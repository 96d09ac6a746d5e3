package dev.newsline.sink.audit;

import dev.newsline.ingest.topology.Topics;

/** The place of one record on {@code news.raw}: partition and offset. */
public record RawPosition(int partition, long offset) {

    /** As Kafka tools write it: {@code news.raw-0@17}. */
    @Override
    public String toString() {
        return Topics.RAW + "-" + partition + "@" + offset;
    }
}
