package dev.newsline.ingest.errors;

import dev.newsline.ingest.topology.EventTimeHeader;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article's event time: the record's {@link EventTimeHeader} (Newsline's producers stamp the record itself with
 * the time they sent it), else the record's own timestamp (producer create time, or broker append time if the topic
 * says so); a record with a negative one (old clients, hand-written batches) gets the partition's stream time
 * instead, the largest timestamp read so far on its partition, or the wall clock before any. Kafka's default
 * extractor fails the stream thread on such a record.
 */
public final class NonNegativeTimestampExtractor implements TimestampExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(NonNegativeTimestampExtractor.class);

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        OptionalLong eventTime = EventTimeHeader.read(record.headers());
        if (eventTime.isPresent()) {
            return eventTime.getAsLong();
        }
        long timestamp = record.timestamp();
        if (timestamp >= 0) {
            return timestamp;
        }
        long replacement = partitionTime >= 0 ? partitionTime : System.currentTimeMillis();
        FailureCounter.TIMESTAMP_REPLACED.increment();
        LOG.warn("{}-{}@{} has the timestamp {}; using {} instead", record.topic(), record.partition(),
                record.offset(), timestamp, replacement);
        return replacement;
    }
}
