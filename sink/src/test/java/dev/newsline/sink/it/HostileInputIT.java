package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.fuzz.HostileInput;
import dev.newsline.ingest.fuzz.HostileInputs;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.audit.AuditReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile inputs (the fuzz tests' generator) mixed with normal articles on the real broker: nothing
 * stalls, every raw record is on exactly one output topic, rejections keep their bytes, and the normal
 * articles come out enriched as if they had been alone.
 */
class HostileInputIT {

    private static final int HOSTILE = 300;
    private static final int NORMAL_EVERY = 6;
    private static final long SEED = 20261202L;

    @Test
    void givenHostileInputsMixedWithNormalArticles_whenSent_thenEachIsOnExactlyOneTopicAndTheNormalOnesAreEnriched()
            throws Exception {
        try (RunningPipeline pipeline = RunningPipeline.start(3, 1, new Properties())) {
            // Given three hundred hostile inputs with a normal article after every sixth
            List<HostileInput> hostile = HostileInputs.generate(HOSTILE, SEED);
            Map<String, String> normalIdAt = new HashMap<>();
            Map<String, String> normalTitleOf = new HashMap<>();
            Map<String, byte[]> sentAt = new HashMap<>();

            // When they are all sent to news.raw
            for (int i = 0; i < hostile.size(); i++) {
                HostileInput input = hostile.get(i);
                String at = pipeline.send(input.value(), headers(input));
                sentAt.put(at, input.value());
                if (i % NORMAL_EVERY == 0) {
                    String id = "normal-" + i;
                    byte[] normal = FaultStream.article(id);
                    String normalAt = pipeline.send(normal, "filename", id + ".json");
                    sentAt.put(normalAt, normal);
                    normalIdAt.put(normalAt, id);
                    normalTitleOf.put(id, JsonMapper.get().readTree(normal).path("title").asText());
                }
            }
            int sent = sentAt.size();
            Map<String, List<JsonNode>> out = pipeline.awaitAccounted(sent, Duration.ofSeconds(240));

            // Then the audit finds every raw record on exactly one output, nothing doubled, nothing stray
            AuditReport audit = new ConservationWatch(pipeline.bootstrapServers()).awaitCaughtUp(Duration.ofSeconds(60));
            System.out.printf("HostileInputIT: %d records (%d hostile, %d normal): %s%n", sent, HOSTILE,
                    normalIdAt.size(), audit);
            ConservationWatch.assertConserved(audit, sent);
            List<String> origins = RunningPipeline.origins(out);
            assertThat(origins).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sentAt.keySet());

            // and every normal article is on news.enriched under its own id, with its own title
            Map<String, JsonNode> enrichedAt = new HashMap<>();
            out.get(Topics.ENRICHED).forEach(n -> enrichedAt.put(origin(n), n));
            normalIdAt.forEach((at, id) -> {
                assertThat(enrichedAt).as("normal article %s (sent at %s) is enriched", id, at).containsKey(at);
                JsonNode article = enrichedAt.get(at);
                assertThat(article.path("id").asText()).isEqualTo(id);
                assertThat(article.path("title").asText()).isEqualTo(normalTitleOf.get(id));
                assertThat(article.path("language").path("code").asText()).isEqualTo("en");
            });

            // and each rejection carries the bytes exactly as they were sent, with a reason
            for (JsonNode rejected : out.get(Topics.REJECTED)) {
                byte[] original = sentAt.get(origin(rejected));
                assertThat(rejected.path("reason").asText()).isNotBlank();
                if (!rejected.path("original_truncated").asBoolean(false)) {
                    assertThat(Base64.getDecoder().decode(rejected.path("original_base64").asText()))
                            .as("bytes of the rejection at %s", origin(rejected)).isEqualTo(original);
                }
            }
            Map<String, Long> reasons = out.get(Topics.REJECTED).stream()
                    .collect(Collectors.groupingBy(n -> n.path("reason").asText(), TreeMap::new, Collectors.counting()));
            System.out.printf("HostileInputIT: enriched %d, duplicates %d, rejected %d by reason %s%n",
                    out.get(Topics.ENRICHED).size(), out.get(Topics.DUPLICATES).size(),
                    out.get(Topics.REJECTED).size(), reasons);
        }
    }

    private static String[] headers(HostileInput input) {
        List<String> kv = new ArrayList<>();
        input.headers().forEach((k, v) -> {
            kv.add(k);
            kv.add(v);
        });
        kv.add("filename");
        kv.add(input.name());
        return kv.toArray(String[]::new);
    }

    private static String origin(JsonNode n) {
        return n.path("origin").path("partition").asText() + "@" + n.path("origin").path("offset").asText();
    }
}
