package dev.newsline.ingest.model;

/** Where a record was read: topic, partition, offset and the Kafka record timestamp (epoch ms). */
public record Origin(String topic, int partition, long offset, long timestamp) {

    /** The origin as {@code topic-partition@offset}, handy in logs and messages. */
    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
