package dev.newsline.enrich.dedup;

import static dev.newsline.enrich.dedup.DedupStageTest.BODY;
import static dev.newsline.enrich.dedup.DedupStageTest.DAY;
import static dev.newsline.enrich.dedup.DedupStageTest.NOW;
import static dev.newsline.enrich.dedup.DedupStageTest.OTHER_BODY;
import static dev.newsline.enrich.dedup.DedupStageTest.OTHER_TITLE;
import static dev.newsline.enrich.dedup.DedupStageTest.TITLE;
import static dev.newsline.enrich.dedup.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.topology.EnrichStage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.Test;

/**
 * The output JSON the gatherer hands to the sink's encoder for an original is byte for byte what writing that
 * article for news.enriched gives; nothing is handed over for a copy or for an article with an internal field.
 */
class OutputJsonHandoffTest {

    private record Seen(EnrichedArticle article, byte[] handedOver) {
    }

    @Test
    void anOriginalComesWithItsOutputBytesACopyAndAnArticleWithRawBytesWithout() throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        DedupResult result = DedupStage.build(builder.stream("in", Consumed.with(Serdes.String(),
                EnrichStage.ENRICHED_SERDE)), DedupSettings.defaults(), 1);
        List<Seen> originals = new ArrayList<>();
        List<Seen> copies = new ArrayList<>();
        result.originals().foreach((id, a) -> originals.add(new Seen(a, VerdictGatherer.OUTPUT_JSON.take(a))));
        result.duplicates().foreach((id, d) -> copies.add(new Seen(d.article(), VerdictGatherer.OUTPUT_JSON.take(d.article()))));
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "handoff-test");
        p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("handoff-test").toString());
        EnrichedArticle a = article("fa-1", null, TITLE, BODY, DAY, NOW);
        EnrichedArticle copy = article("fa-2", null, TITLE, BODY, DAY, NOW.plusSeconds(60));
        EnrichedArticle withRaw = withOriginalRaw(article("fa-3", null, OTHER_TITLE, OTHER_BODY, DAY, NOW));

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), p)) {
            TestInputTopic<String, EnrichedArticle> in = driver.createInputTopic("in", Serdes.String().serializer(),
                    EnrichStage.ENRICHED_SERDE.serializer());
            in.pipeInput(a.id(), a);
            in.pipeInput(copy.id(), copy);
            in.pipeInput(withRaw.id(), withRaw);
            driver.advanceWallClockTime(DedupSettings.defaults().originalHold()); // the originals' hold passes
        }

        assertThat(originals).extracting(s -> s.article().id()).containsExactly("fa-1", "fa-3");
        assertThat(originals.get(0).handedOver())
                .isEqualTo(EnrichStage.ENRICHED_SERDE.serializer().serialize("news.enriched", originals.get(0).article()));
        assertThat(originals.get(1).handedOver()).as("its JSON drops original_raw on output").isNull();
        assertThat(copies).singleElement().satisfies(s -> assertThat(s.handedOver()).isNull());
    }

    private static EnrichedArticle withOriginalRaw(EnrichedArticle a) {
        return new EnrichedArticle(a.schemaVersion(), a.id(), a.title(), a.body(), a.appended(), a.publishedAt(),
                a.eventTime(), a.ingestedAt(), a.source(), a.sources(), a.attribution(), a.url(), a.keywords(),
                a.language(), a.countries(), a.topics(), a.contentHash(), a.original(), "windows-1256", "AAEC",
                a.format(), a.headers(), a.origin());
    }
}
