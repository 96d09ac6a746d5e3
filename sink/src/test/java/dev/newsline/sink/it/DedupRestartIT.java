package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.it.DedupCorpus.RawArticle;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Dedup state survives a restart: from the instance's own RocksDB, and rebuilt from the changelog on a new state dir. */
class DedupRestartIT {

    @Test
    void givenAnArticleSeenBeforeAStop_whenCopiesArriveAfterARestart_thenTheyAreDuplicates() throws Exception {
        List<RawArticle> story = DedupCorpus.stories(1);
        RawArticle original = story.get(0);
        RawArticle forms = story.stream().filter(a -> a.id().endsWith("-forms")).findFirst().orElseThrow();
        RawArticle credit = story.stream().filter(a -> a.id().endsWith("-credit")).findFirst().orElseThrow();
        String stateDir = Files.createTempDirectory("newsline-dedup-restart-").toString();

        try (RunningPipeline pipeline = RunningPipeline.start(2, 0, new Properties())) {
            // Given an instance that has seen the original
            int first = pipeline.startInstance(stateDir);
            pipeline.send(original.json());
            assertThat(pipeline.awaitAccounted(1, Duration.ofSeconds(120)).get(Topics.ENRICHED)).hasSize(1);

            // When it is stopped and restarted on the same state directory, and a rewrite arrives
            pipeline.stopInstance(first);
            int second = pipeline.startInstance(stateDir);
            pipeline.send(forms.json());
            Map<String, List<JsonNode>> out = pipeline.awaitAccounted(2, Duration.ofSeconds(120));

            // Then the rewrite is a duplicate of the original
            assertThat(out.get(Topics.DUPLICATES)).singleElement().satisfies(d -> {
                assertThat(d.path("id").asText()).isEqualTo(forms.id());
                assertThat(d.path("duplicate_of").asText()).isEqualTo(original.id());
            });

            // And when that instance is replaced by one with an empty state directory (restore from changelogs)
            pipeline.stopInstance(second);
            pipeline.startInstance();
            pipeline.send(credit.json());
            out = pipeline.awaitAccounted(3, Duration.ofSeconds(120));

            // Then the next rewrite is found too
            assertThat(out.get(Topics.ENRICHED)).hasSize(1);
            assertThat(out.get(Topics.DUPLICATES)).hasSize(2).anySatisfy(d -> {
                assertThat(d.path("id").asText()).isEqualTo(credit.id());
                assertThat(d.path("duplicate_of").asText()).isIn(original.id(), forms.id());
            });
        }
    }
}
