package dev.newsline.enrich.dedup.eval;

import dev.newsline.enrich.dedup.DedupResult;
import dev.newsline.enrich.dedup.DedupSettings;
import dev.newsline.enrich.dedup.DedupStage;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.ingest.serde.JsonSerde;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** Runs articles through the real DedupStage on a TopologyTestDriver; returns each id's verdict. */
public final class DedupRun {

    private DedupRun() {
    }

    /**
     * Verdicts by article id: the DuplicateArticle for duplicates, absent for originals. Articles are sent in
     * list order (their processing time should follow it).
     */
    public static Map<String, DuplicateArticle> run(List<EnrichedArticle> articles, DedupSettings settings) throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        DedupResult result = DedupStage.build(
                builder.stream("in", Consumed.with(Serdes.String(), EnrichStage.ENRICHED_SERDE)), settings, 1);
        result.originals().to("originals", Produced.with(Serdes.String(), EnrichStage.ENRICHED_SERDE));
        result.duplicates().to("duplicates", Produced.with(Serdes.String(), JsonSerde.of(DuplicateArticle.class)));
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-eval");
        p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("dedup-eval").toString());
        Map<String, DuplicateArticle> verdicts = new HashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), p)) {
            TestInputTopic<String, EnrichedArticle> in = driver.createInputTopic("in", Serdes.String().serializer(),
                    EnrichStage.ENRICHED_SERDE.serializer());
            var out = driver.createOutputTopic("duplicates", Serdes.String().deserializer(),
                    JsonSerde.of(DuplicateArticle.class).deserializer());
            var originals = driver.createOutputTopic("originals", Serdes.String().deserializer(),
                    EnrichStage.ENRICHED_SERDE.deserializer());
            for (EnrichedArticle a : articles) {
                in.pipeInput(a.id(), a);
            }
            driver.advanceWallClockTime(settings.originalHold()); // the originals' hold passes
            out.readValuesToList().forEach(d -> verdicts.put(d.article().id(), d));
            int accounted = verdicts.size() + originals.readValuesToList().size();
            if (accounted != articles.size()) {
                throw new IllegalStateException("conservation broken: " + accounted + " of " + articles.size());
            }
        }
        return verdicts;
    }
}
