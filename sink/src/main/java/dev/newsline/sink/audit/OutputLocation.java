package dev.newsline.sink.audit;

/** The place of one output record: topic, partition, offset. */
public record OutputLocation(String topic, int partition, long offset) {

    /** As Kafka tools write it: {@code news.enriched-1@40}. */
    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
