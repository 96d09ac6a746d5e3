package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.topology.EnrichStage;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.Test;

class DedupSubTopologyTest {

    private final TopologyDescription topology = describe();

    @Test
    void theArticleWaitsInTheTaskOfItsInputWhereItsVerdictsComeBack() {
        TopologyDescription.Subtopology home = subTopologyOf(ArticleParker.STEP);

        assertThat(subTopologyOf(VerdictGatherer.STEP)).isSameAs(home);
        assertThat(sourceTopics(home)).containsExactlyInAnyOrder("in", "dedup-verdicts-repartition");
        assertThat(processor(VerdictGatherer.STEP).stores()).containsExactly(VerdictGatherer.STORE);
        assertThat(processor(ArticleParker.STEP).stores()).containsExactly(VerdictGatherer.STORE);
    }

    @Test
    void onlyProbesAndVerdictsCrossATopicNeverTheArticle() {
        Set<String> internal = new TreeSet<>();
        for (TopologyDescription.Subtopology s : topology.subtopologies()) {
            internal.addAll(sourceTopics(s));
        }
        internal.remove("in");
        assertThat(internal).containsExactlyInAnyOrder("dedup-probes-repartition", "dedup-verdicts-repartition");
        assertThat(subTopologyOf(ProbeIndexProcessor.STEP)).isNotSameAs(subTopologyOf(ArticleParker.STEP));
    }

    private static TopologyDescription describe() {
        StreamsBuilder builder = new StreamsBuilder();
        DedupStage.build(builder.stream("in", Consumed.with(Serdes.String(), EnrichStage.ENRICHED_SERDE)),
                DedupSettings.defaults(), 3);
        return builder.build().describe();
    }

    private TopologyDescription.Subtopology subTopologyOf(String name) {
        return topology.subtopologies().stream()
                .filter(s -> s.nodes().stream().anyMatch(n -> n.name().equals(name)))
                .findFirst().orElseThrow();
    }

    private TopologyDescription.Processor processor(String name) {
        return (TopologyDescription.Processor) subTopologyOf(name).nodes().stream()
                .filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> sourceTopics(TopologyDescription.Subtopology s) {
        return s.nodes().stream().filter(n -> n instanceof TopologyDescription.Source)
                .flatMap(n -> ((TopologyDescription.Source) n).topicSet().stream()).toList();
    }
}
