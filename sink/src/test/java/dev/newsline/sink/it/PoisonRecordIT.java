package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.errors.FailureCounter;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.app.FailureInjector;
import dev.newsline.sink.audit.AuditReport;
import dev.newsline.sink.audit.AuditSummary;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * A poison record on a real broker, under exactly-once: it makes a processor after the repartitions throw, and it
 * costs one rejection with its raw bytes; the articles around it, and one sent afterwards, go through; no thread
 * is replaced, nothing is retried.
 */
class PoisonRecordIT {

    private static final String MARKER = "POISON";
    private static final List<String> ARTICLES = List.of(
            "Storm closes schools\n\nSchools across the coastal region stayed shut on Monday as winds uprooted trees.",
            "Markets rally on Friday\n\nStocks rose sharply in early trading after the central bank held rates.",
            "New bridge opens to traffic\n\nThe suspension bridge linking the two river towns opened after six years.",
            "Farmers expect record harvest\n\nWheat growers in the plains forecast their largest crop in a decade.",
            "Museum returns stolen statue\n\nA bronze statue taken in the nineteenth century went back to its temple.",
            "Rail strike called off\n\nUnions and the operator reached a wage deal late on Sunday night.",
            "Heatwave strains power grid\n\nElectricity demand hit a new peak as temperatures passed forty degrees.",
            "City bans cars from old town\n\nOnly buses, bicycles and deliveries may enter the historic centre from May.");
    private static final int NORMAL = ARTICLES.size();

    @Test
    void givenAPoisonRecordAmongArticles_whenAStageAfterTheRepartitionsThrowsOnIt_thenItAloneIsRejectedWithItsBytes()
            throws Exception {
        long replacedBefore = FailureCounter.THREAD_REPLACED.value();
        try (RunningPipeline pipeline = RunningPipeline.start(2, 1,
                FailureInjector.config("sink-encode-enriched", MARKER))) {
            // Given normal articles with a poison record among them
            byte[] poison = ("\uFEFFPOISON: a storm that breaks the sink\n\nThe record that makes the sink throw, with a "
                    + "byte-order mark its decoded text does not keep.").getBytes(StandardCharsets.UTF_8);
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < NORMAL; i++) {
                if (i == NORMAL / 2) {
                    pipeline.send(poison, "filename", "poison.txt");
                }
                titles.add(ARTICLES.get(i).substring(0, ARTICLES.get(i).indexOf('\n')));
                pipeline.send(ARTICLES.get(i).getBytes(StandardCharsets.UTF_8), "filename", "n" + i);
            }

            // When they are processed
            Map<String, List<JsonNode>> out = pipeline.awaitAccounted(NORMAL + 1, Duration.ofSeconds(120));

            // Then the poison record alone is rejected, with its bytes, every normal article is enriched, and the
            // audit finds every raw record on exactly one output topic
            assertThat(out.get(Topics.REJECTED)).singleElement().satisfies(r -> {
                assertThat(r.path("reason").asText()).isEqualTo("INTERNAL_ERROR");
                assertThat(r.path("stage").asText()).isEqualTo("sink");
                assertThat(r.path("headers").path("filename").asText()).isEqualTo("poison.txt");
                assertThat(Base64.getDecoder().decode(r.path("original_base64").asText())).isEqualTo(poison);
            });
            assertThat(out.get(Topics.ENRICHED)).extracting(a -> a.path("title").asText())
                    .containsExactlyInAnyOrderElementsOf(titles);
            assertThat(out.get(Topics.DUPLICATES)).isEmpty();
            ConservationWatch watch = new ConservationWatch(pipeline.bootstrapServers());
            ConservationWatch.assertConserved(watch.awaitCaughtUp(Duration.ofSeconds(60)), NORMAL + 1);

            // And a record sent afterwards is processed, by the same stream thread; the audit still finds nothing
            // missing, doubled or stray
            pipeline.send("Afterwards\n\nA record sent after the poison one is processed as usual.".getBytes(
                    StandardCharsets.UTF_8), "filename", "after");
            Map<String, List<JsonNode>> after = pipeline.awaitAccounted(NORMAL + 2, Duration.ofSeconds(60));
            assertThat(after.get(Topics.ENRICHED)).extracting(a -> a.path("title").asText()).contains("Afterwards");
            AuditReport audit = watch.awaitCaughtUp(Duration.ofSeconds(60));
            System.out.println("PoisonRecordIT:");
            AuditSummary.lines(audit).forEach(l -> System.out.println("  " + l));
            ConservationWatch.assertConserved(audit, NORMAL + 2);
            assertThat(pipeline.instance(0).streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(FailureCounter.THREAD_REPLACED.value()).isEqualTo(replacedBefore);
        }
    }
}
