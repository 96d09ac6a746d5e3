package dev.newsline.sink.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.Topics;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The short table the demo prints: records per output topic, languages, rejections, tags, a few titles. */
public final class DemoSummary {

    private static final int TITLES = 8;

    private DemoSummary() {
    }

    /** Prints the table for the records read from the accounted topics, and the routed topic counts. */
    public static void print(PrintWriter out, int produced, Map<String, List<ConsumerRecord<String, String>>> accounted,
                             Map<String, Integer> routedCounts) {
        int total = accounted.values().stream().mapToInt(List::size).sum();
        out.println();
        out.printf("%-34s %8s%n", "output topic", "records");
        accounted.forEach((topic, records) -> out.printf("%-34s %8d%n", topic, records.size()));
        out.printf("%-34s %8d  (%d produced to %s, %s)%n", "total", total, produced, Topics.RAW,
                total == produced ? "all accounted for"
                        : total < produced ? (produced - total) + " not accounted for"
                        : (total - produced) + " MORE than produced: records that should not be there");

        List<JsonNode> enriched = values(accounted.get(Topics.ENRICHED));
        List<JsonNode> duplicates = values(accounted.get(Topics.DUPLICATES));
        List<JsonNode> rejected = values(accounted.get(Topics.REJECTED));

        printCounts(out, "language (enriched)", count(enriched, "language", "code"));
        printCounts(out, "duplicate method", count(duplicates, "method", null));
        printCounts(out, "rejection reason", count(rejected, "reason", null));
        printCounts(out, "primary country", countTags(enriched, "countries"));
        printCounts(out, "primary topic", countTags(enriched, "topics"));
        if (!routedCounts.isEmpty()) {
            long countries = routedCounts.keySet().stream().filter(t -> t.startsWith("news.country.")).count();
            out.printf("%nrouted copies: %d records on %d news.country.* and %d news.topic.* topics%n",
                    routedCounts.values().stream().mapToInt(Integer::intValue).sum(), countries,
                    routedCounts.size() - countries);
        }

        if (enriched.isEmpty()) {
            return;
        }
        out.println();
        out.println("some enriched titles:");
        enriched.stream().limit(TITLES).forEach(a -> out.printf("  [%s] %s  %s%n",
                a.path("language").path("code").asText("?"), a.path("title").asText(), tagCodes(a)));
        Map<String, String> titles = new TreeMap<>();
        enriched.forEach(a -> titles.put(a.path("id").asText(), a.path("title").asText()));
        duplicates.stream().limit(4).forEach(d -> out.printf("  duplicate (%s, %.2f): %s%n      of: %s%n",
                d.path("method").asText(), d.path("similarity").asDouble(), d.path("title").asText(),
                titles.getOrDefault(d.path("duplicate_of").asText(), d.path("duplicate_of").asText())));
    }

    private static List<JsonNode> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> {
            try {
                return JsonMapper.get().readTree(r.value());
            } catch (Exception e) {
                return JsonMapper.get().createObjectNode();
            }
        }).toList();
    }

    private static Map<String, Integer> count(List<JsonNode> records, String field, String sub) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode n : records) {
            JsonNode v = sub == null ? n.path(field) : n.path(field).path(sub);
            counts.merge(v.isMissingNode() || v.isNull() ? "-" : v.asText(), 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Integer> countTags(List<JsonNode> records, String field) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode n : records) {
            for (JsonNode tag : n.path(field)) {
                if (tag.path("primary").asBoolean()) {
                    counts.merge(tag.has("slug") ? tag.path("slug").asText() : tag.path("code").asText(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static String tagCodes(JsonNode article) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode c : article.path("countries")) {
            if (c.path("primary").asBoolean()) {
                sb.append(sb.length() == 0 ? "{" : " ").append(c.path("code").asText());
            }
        }
        for (JsonNode t : article.path("topics")) {
            if (t.path("primary").asBoolean()) {
                sb.append(sb.length() == 0 ? "{" : " ").append(t.path("slug").asText());
            }
        }
        return sb.length() == 0 ? "" : sb.append('}').toString();
    }

    private static void printCounts(PrintWriter out, String heading, Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.println();
        out.printf("%-34s %8s%n", heading, "records");
        counts.forEach((k, v) -> out.printf("  %-32s %8d%n", k, v));
    }
}
