package dev.newsline.sink.demo;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Everything committed on news.enriched, news.duplicates and news.rejected when the wait ended, per topic,
 * including any records beyond the expected count, so a conservation check can see extras.
 *
 * @param expected how many raw records were sent
 * @param byTopic  the records of each accounted topic, from the beginning to its end offset
 * @param timedOut true if fewer than {@code expected} had arrived when the wait ended
 */
public record AccountedOutputs(int expected, Map<String, List<ConsumerRecord<String, String>>> byTopic,
                               boolean timedOut) {

    /** How many records the three topics hold together. */
    public int total() {
        return byTopic.values().stream().mapToInt(List::size).sum();
    }
}
