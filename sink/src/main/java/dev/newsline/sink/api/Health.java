package dev.newsline.sink.api;

import org.apache.kafka.streams.KafkaStreams;

/**
 * Liveness and readiness from the Kafka Streams state: live unless the instance failed or stopped; ready when it is
 * RUNNING (not while it restores state or rebalances, when queries may miss partitions).
 */
record Health(String state, boolean live, boolean ready) {

    static Health of(KafkaStreams.State state) {
        boolean live = state != KafkaStreams.State.ERROR && state != KafkaStreams.State.PENDING_ERROR
                && state != KafkaStreams.State.NOT_RUNNING && state != KafkaStreams.State.PENDING_SHUTDOWN;
        return new Health(state.name(), live, state == KafkaStreams.State.RUNNING);
    }
}
