package dev.newsline.sink.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.source.ArticleOutcome;
import dev.newsline.ingest.topology.Topics;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The articles sent that are on none of the accounted topics. Each output record names the raw record it came
 * from in {@code origin} (news.raw partition and offset) and the producer reported where it put each article,
 * so the match is exact even when two folders hold files of the same name.
 */
public final class MissingInputs {

    private MissingInputs() {
    }

    /** The articles of {@code sent} that no record of {@code accounted} comes from, in input order. */
    public static List<ArticleOutcome> of(List<ArticleOutcome> sent, Map<String, List<ConsumerRecord<String, String>>> accounted) {
        Set<String> arrived = new HashSet<>();
        accounted.values().forEach(records -> records.forEach(r -> origin(r.value()).ifPresent(arrived::add)));
        return sent.stream().filter(f -> !arrived.contains(position(f.partition(), f.offset()))).toList();
    }

    private static Optional<String> origin(String json) {
        try {
            JsonNode origin = JsonMapper.get().readTree(json).path("origin");
            if (!Topics.RAW.equals(origin.path("topic").asText()) || !origin.path("offset").isIntegralNumber()) {
                return Optional.empty();
            }
            return Optional.of(position(origin.path("partition").asInt(), origin.path("offset").asLong()));
        } catch (IOException e) {
            return Optional.empty(); // not JSON: it cannot name its origin
        }
    }

    private static String position(int partition, long offset) {
        return partition + "@" + offset;
    }
}
