package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.source.ArticleFile;
import dev.newsline.ingest.source.ArticleFiles;
import dev.newsline.ingest.source.SharedFolder;
import dev.newsline.ingest.topology.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Country and topic tags with evidence on a real broker, and the per-tag topics they are routed to. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaggingIT {

    private RunningPipeline pipeline;
    private Map<String, JsonNode> enrichedByFile;

    @BeforeAll
    void givenTheSharedSeedsOnARunningPipeline() throws Exception {
        Path seeds = SharedFolder.locate("seeds").orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(seeds != null,
                "../shared/seeds not found: skipping the tagging checks on the real seed articles");
        pipeline = RunningPipeline.start(2, 1, new Properties());
        List<ArticleFile> files = ArticleFiles.collect(List.of(seeds));
        for (ArticleFile f : files) {
            pipeline.send(f.read(), "filename", f.name());
        }
        enrichedByFile = pipeline.awaitAccounted(files.size(), Duration.ofSeconds(120)).get(Topics.ENRICHED).stream()
                .collect(Collectors.toMap(n -> n.path("headers").path("filename").asText(), n -> n));
    }

    @AfterAll
    void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void thenEverySeedIsAboutRussiaArmeniaAndAzerbaijan() {
        assertThat(enrichedByFile).hasSize(5);
        enrichedByFile.forEach((file, article) ->
                assertThat(primary(article, "countries", "code")).as(file).containsExactlyInAnyOrder("RU", "AM", "AZ"));
    }

    @Test
    void thenTheAppendedStoryGivesNoTag() {
        JsonNode seed002 = enrichedByFile.get("002_85166882b8e78257.txt");
        Set<String> all = new HashSet<>();
        seed002.path("countries").forEach(c -> all.add(c.path("code").asText()));
        assertThat(all).doesNotContain("EG", "GW");
    }

    @Test
    void thenTheOsceCoChairsArePassingMentions() {
        JsonNode seed004 = enrichedByFile.get("004_8d361f31d28c0cf1.txt");
        Map<String, Boolean> countries = new java.util.HashMap<>();
        seed004.path("countries").forEach(c -> countries.put(c.path("code").asText(), c.path("primary").asBoolean()));
        assertThat(countries).containsEntry("US", false).containsEntry("FR", false);
    }

    @Test
    void thenEverySeedIsPoliticsAndTheCeasefireOnesAreConflict() {
        enrichedByFile.forEach((file, article) ->
                assertThat(primary(article, "topics", "slug")).as(file).contains("politics"));
        assertThat(primary(enrichedByFile.get("001_92939b7ea02c0a90.txt"), "topics", "slug")).contains("conflict");
        assertThat(primary(enrichedByFile.get("003_9f977fb7910c05ec.txt"), "topics", "slug")).contains("conflict");
    }

    @Test
    void thenEveryMentionPointsAtTheTextItQuotes() {
        int mentions = 0;
        for (JsonNode article : enrichedByFile.values()) {
            for (String kind : List.of("countries", "topics")) {
                for (JsonNode tag : article.path(kind)) {
                    for (JsonNode m : tag.path("mentions")) {
                        String field = article.path(m.path("field").asText()).asText();
                        assertThat(field.substring(m.path("start").asInt(), m.path("end").asInt()))
                                .isEqualTo(m.path("text").asText());
                        mentions++;
                    }
                }
            }
        }
        assertThat(mentions).isGreaterThan(20);
    }

    @Test
    void thenEachPrimaryTagTopicHoldsTheArticlesTaggedWithIt() {
        Set<String> onArmenia = new TreeSet<>();
        pipeline.readAll(Topics.country("AM")).forEach(n -> onArmenia.add(n.path("id").asText()));
        Set<String> expected = new TreeSet<>();
        enrichedByFile.values().stream().filter(a -> primary(a, "countries", "code").contains("AM"))
                .forEach(a -> expected.add(a.path("id").asText()));
        assertThat(onArmenia).isEqualTo(expected).isNotEmpty();
        assertThat(pipeline.readAll(Topics.topic("politics"))).hasSize(enrichedByFile.size());
    }

    private static Set<String> primary(JsonNode article, String kind, String field) {
        Set<String> codes = new TreeSet<>();
        article.path(kind).forEach(t -> {
            if (t.path("primary").asBoolean()) {
                codes.add(t.path(field).asText());
            }
        });
        return codes;
    }
}
