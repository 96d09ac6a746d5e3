package dev.newsline.ingest.errors;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What the exception handlers read from the Streams configuration they are given.
 *
 * @param maxRejectionBytes largest rejection value: the producer's {@code max.request.size} less headroom
 * @param exactlyOnce       true under {@code exactly_once_v2}, where a send the broker refused aborts the transaction
 */
record HandlerSettings(int maxRejectionBytes, boolean exactlyOnce) {

    // Kafka's own default of max.request.size.
    private static final int PRODUCER_DEFAULT = 1024 * 1024;

    static HandlerSettings from(Map<String, ?> configs) {
        Object size = configs.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (size == null) {
            size = configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        int maxRequest = size == null ? PRODUCER_DEFAULT : Integer.parseInt(size.toString().strip());
        Object guarantee = configs.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG);
        return new HandlerSettings(OutputLimit.valueBytes(maxRequest),
                guarantee != null && guarantee.toString().startsWith("exactly_once"));
    }

    /** Before {@code configure} is called (never in Kafka Streams, but handlers must not fail on it). */
    static HandlerSettings defaults() {
        return from(Map.of());
    }
}
