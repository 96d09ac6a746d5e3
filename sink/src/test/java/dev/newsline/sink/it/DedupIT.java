package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.it.DedupCorpus.RawArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Dedup on a real broker: the same stories (originals with rewrites, and several deliveries of one id)
 * through 1 partition / 1 instance, sent in order, and through 4 partitions / 2 instances, sent
 * concurrently from four threads in shuffled order. The decision must not depend on the partitioning.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DedupIT {

    /** -Ddedup.it.stories=100 for a longer race measurement (docs/dedup.md). */
    private static final int STORIES = Integer.getInteger("dedup.it.stories", 30);
    private static final int SAME_ID_DELIVERIES = 6;

    private final List<RawArticle> input = DedupCorpus.stories(STORIES);
    private Map<String, List<JsonNode>> single;
    private Map<String, List<JsonNode>> scaled;

    @BeforeAll
    void givenTheSameStoriesThroughOneAndThroughFourPartitionsOnTwoInstances() throws Exception {
        single = run(1, 1, false);
        scaled = run(4, 2, true);
    }

    private Map<String, List<JsonNode>> run(int partitions, int instances, boolean concurrent) throws Exception {
        try (RunningPipeline pipeline = RunningPipeline.start(partitions, instances, new Properties())) {
            List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
            for (int i = 0; i < input.size(); i++) {
                records.add(new ProducerRecord<>(Topics.RAW, i % partitions, null, input.get(i).json()));
            }
            RawArticle dup = input.get(0);
            for (int i = 0; i < SAME_ID_DELIVERIES; i++) {
                records.add(new ProducerRecord<>(Topics.RAW, i % partitions, null, dup.json()));
            }
            if (concurrent) {
                Collections.shuffle(records, new Random(11));
                sendConcurrently(pipeline.bootstrapServers(), records, 4);
            } else {
                sendConcurrently(pipeline.bootstrapServers(), records, 1);
            }
            return pipeline.awaitAccounted(records.size(), Duration.ofSeconds(180));
        }
    }

    private static void sendConcurrently(String bootstrap, List<ProducerRecord<byte[], byte[]>> records, int threads)
            throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                            new ByteArraySerializer())) {
                        for (int i = thread; i < records.size(); i += threads) {
                            producer.send(records.get(i)).get();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void thenEveryRecordIsAccountedForOnceInBothRuns() {
        int expected = input.size() + SAME_ID_DELIVERIES;
        for (Map<String, List<JsonNode>> out : List.of(single, scaled)) {
            assertThat(out.get(Topics.REJECTED)).isEmpty();
            assertThat(out.get(Topics.ENRICHED).size() + out.get(Topics.DUPLICATES).size()).isEqualTo(expected);
            List<String> deliveries = out.values().stream().flatMap(List::stream)
                    .map(n -> n.path("origin").path("partition").asText() + "@" + n.path("origin").path("offset").asText())
                    .toList();
            assertThat(deliveries).doesNotHaveDuplicates();
        }
    }

    @Test
    void thenOneRunInOrderFindsEveryRewriteOfEveryStory() {
        assertThat(stories(single)).isEqualTo(expectedStories());
        assertThat(single.get(Topics.ENRICHED)).hasSize(STORIES);
    }

    @Test
    void thenFourPartitionsOnTwoInstancesGroupTheSameArticlesTogether() {
        Set<Set<String>> one = DedupCorpus.partition(DedupCorpus.clusters(single.get(Topics.ENRICHED), single.get(Topics.DUPLICATES)));
        Set<Set<String>> four = DedupCorpus.partition(DedupCorpus.clusters(scaled.get(Topics.ENRICHED), scaled.get(Topics.DUPLICATES)));
        assertThat(four).isEqualTo(one);
    }

    @Test
    void thenNoStoryVanishesAndNoTwoArticlesAreEachOthersDuplicate() {
        Map<String, Long> originalsPerStory = scaled.get(Topics.ENRICHED).stream()
                .collect(Collectors.groupingBy(a -> story(a.path("id").asText()), Collectors.counting()));
        int missed = originalsPerStory.values().stream().mapToInt(c -> (int) (c - 1)).sum();
        System.out.printf("DedupIT race: 4 partitions / 2 instances, %d records sent concurrently: %d stories, "
                        + "%d copies let through as originals (race), %d duplicates%n", input.size() + SAME_ID_DELIVERIES,
                originalsPerStory.size(), missed, scaled.get(Topics.DUPLICATES).size());
        assertThat(originalsPerStory.keySet()).as("every story is on news.enriched").hasSize(STORIES);
        Set<String> pairs = new HashSet<>();
        for (JsonNode d : scaled.get(Topics.DUPLICATES)) {
            pairs.add(d.path("id").asText() + ">" + d.path("duplicate_of").asText());
        }
        for (JsonNode d : scaled.get(Topics.DUPLICATES)) {
            String id = d.path("id").asText();
            String of = d.path("duplicate_of").asText();
            assertThat(!of.equals(id) && pairs.contains(of + ">" + id)).as("%s and %s name each other", id, of).isFalse();
        }
        Set<String> enrichedIds = scaled.get(Topics.ENRICHED).stream().map(a -> a.path("id").asText()).collect(Collectors.toSet());
        assertThat(missed).as("copies let through by the race").isLessThanOrEqualTo(STORIES / 10);
        assertThat(enrichedIds).hasSize(scaled.get(Topics.ENRICHED).size());
    }

    @Test
    void thenSeveralDeliveriesOfOneIdInFlightGiveOneOriginal() {
        for (Map<String, List<JsonNode>> out : List.of(single, scaled)) {
            String id = input.get(0).id();
            assertThat(out.get(Topics.ENRICHED).stream().filter(a -> a.path("id").asText().equals(id))).hasSize(1);
            assertThat(out.get(Topics.DUPLICATES).stream().filter(a -> a.path("id").asText().equals(id)))
                    .hasSize(SAME_ID_DELIVERIES)
                    .allSatisfy(d -> assertThat(d.path("duplicate_of").asText()).isEqualTo(id));
        }
    }

    private Set<Set<String>> expectedStories() {
        return input.stream().collect(Collectors.groupingBy(RawArticle::story, Collectors.mapping(RawArticle::id,
                Collectors.toSet()))).values().stream().collect(Collectors.toSet());
    }

    private static Set<Set<String>> stories(Map<String, List<JsonNode>> out) {
        return DedupCorpus.partition(DedupCorpus.clusters(out.get(Topics.ENRICHED), out.get(Topics.DUPLICATES)));
    }

    private static String story(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }
}
