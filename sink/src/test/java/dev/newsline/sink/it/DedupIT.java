package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.config.ClientConfigFactory;
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
 * Dedup on a real broker: the same stories (originals, four rewrites each, six deliveries of one id) through
 * 1 partition / 1 instance and through 4 partitions / 2 instances (originals first, then the copies from
 * four threads, shuffled): the same clusters. A third run sends everything at once, shuffled, to measure
 * the race that lets a copy through as an original; a fourth sends everything at once while instances join
 * and leave.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DedupIT {

    /** -Ddedup.it.stories=100 for a longer race measurement (docs/dedup.md). */
    private static final int STORIES = Integer.getInteger("dedup.it.stories", 30);
    private static final int SAME_ID_DELIVERIES = 6;

    private final List<RawArticle> input = DedupCorpus.stories(STORIES);
    private Map<String, List<JsonNode>> single;
    private Map<String, List<JsonNode>> scaled;
    private Map<String, List<JsonNode>> raced;
    private Map<String, List<JsonNode>> rebalanced;

    @BeforeAll
    void givenTheSameStoriesThroughOneAndThroughFourPartitionsOnTwoInstances() throws Exception {
        single = run(1, 1, false);
        scaled = run(4, 2, false);
        raced = run(4, 2, true);
        rebalanced = runThroughRebalances();
    }

    /**
     * Everything at once, shuffled, from four threads, on 4 partitions, while the group changes twice: one
     * instance at first, a second joins when half the records are sent, the first leaves once all are sent.
     * Tasks (and their dedup state) move between instances with records in flight.
     */
    private Map<String, List<JsonNode>> runThroughRebalances() throws Exception {
        try (RunningPipeline pipeline = RunningPipeline.start(4, 1, new Properties())) {
            List<ProducerRecord<byte[], byte[]>> all = allRecords(4).get(true);
            Collections.shuffle(all, new Random(13));
            sendConcurrently(pipeline.bootstrapServers(), all.subList(0, all.size() / 2), 4);
            int atJoin = accounted(pipeline);
            pipeline.startInstance();
            sendConcurrently(pipeline.bootstrapServers(), all.subList(all.size() / 2, all.size()), 4);
            int atLeave = accounted(pipeline);
            pipeline.stopInstance(0);
            System.out.printf("DedupIT rebalance: %d of %d records accounted for when the second instance joined, "
                    + "%d when the first left%n", atJoin, all.size(), atLeave);
            return pipeline.awaitAccounted(all.size(), Duration.ofSeconds(180));
        }
    }

    private static int accounted(RunningPipeline pipeline) {
        return Topics.ACCOUNTED.stream().mapToInt(t -> pipeline.readAll(t).size()).sum();
    }

    /** Originals (false) and copies with the same-id deliveries (true), spread over the partitions. */
    private Map<Boolean, List<ProducerRecord<byte[], byte[]>>> allRecords(int partitions) {
        List<ProducerRecord<byte[], byte[]>> originals = new ArrayList<>();
        List<ProducerRecord<byte[], byte[]>> copies = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            RawArticle a = input.get(i);
            (a.id().equals(a.story()) ? originals : copies).add(
                    new ProducerRecord<>(Topics.RAW, i % partitions, null, a.json()));
        }
        for (int i = 0; i < SAME_ID_DELIVERIES; i++) {
            copies.add(new ProducerRecord<>(Topics.RAW, i % partitions, null, input.get(0).json()));
        }
        List<ProducerRecord<byte[], byte[]>> all = new ArrayList<>(originals);
        all.addAll(copies);
        return Map.of(false, originals, true, all);
    }

    /**
     * Originals first (awaited), then the rewrites and the same-id deliveries: from one thread in order, or
     * from four threads shuffled. {@code race}: everything at once, shuffled, from four threads.
     */
    private Map<String, List<JsonNode>> run(int partitions, int instances, boolean race) throws Exception {
        try (RunningPipeline pipeline = RunningPipeline.start(partitions, instances, new Properties())) {
            Map<Boolean, List<ProducerRecord<byte[], byte[]>>> records = allRecords(partitions);
            List<ProducerRecord<byte[], byte[]>> originals = records.get(false);
            List<ProducerRecord<byte[], byte[]>> copies = new ArrayList<>(records.get(true).subList(originals.size(),
                    records.get(true).size()));
            int threads = partitions == 1 ? 1 : 4;
            if (race) {
                List<ProducerRecord<byte[], byte[]>> all = new ArrayList<>(records.get(true));
                Collections.shuffle(all, new Random(11));
                sendConcurrently(pipeline.bootstrapServers(), all, threads);
            } else {
                sendConcurrently(pipeline.bootstrapServers(), originals, threads);
                pipeline.awaitAccounted(originals.size(), Duration.ofSeconds(180));
                if (threads > 1) {
                    Collections.shuffle(copies, new Random(11));
                }
                sendConcurrently(pipeline.bootstrapServers(), copies, threads);
            }
            return pipeline.awaitAccounted(originals.size() + copies.size(), Duration.ofSeconds(180));
        }
    }

    private static void sendConcurrently(String bootstrap, List<ProducerRecord<byte[], byte[]>> records, int threads)
            throws Exception {
        Properties settings = new Properties();
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        Properties p = ClientConfigFactory.producer(bootstrap, settings);
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
        for (Map<String, List<JsonNode>> out : List.of(single, scaled, raced, rebalanced)) {
            assertThat(out.get(Topics.REJECTED)).isEmpty();
            assertThat(out.get(Topics.ENRICHED).size() + out.get(Topics.DUPLICATES).size()).isEqualTo(expected);
            assertThat(RunningPipeline.origins(out)).hasSize(expected).doesNotHaveDuplicates();
        }
    }

    @Test
    void thenOneRunInOrderGroupsEveryRewriteWithItsStory() {
        // A story's articles all share one cluster; two stories may share one when the corpus itself has
        // a real duplicate (printed).
        Map<String, Set<String>> clusters = DedupCorpus.clusters(single.get(Topics.ENRICHED), single.get(Topics.DUPLICATES));
        Map<String, String> clusterOf = new java.util.HashMap<>();
        clusters.forEach((root, ids) -> ids.forEach(id -> clusterOf.put(id, root)));
        for (Set<String> story : expectedStories()) {
            assertThat(story.stream().map(clusterOf::get).distinct()).as("story %s", story).hasSize(1);
        }
        System.out.printf("DedupIT: 1×1 in order: %d stories in %d clusters; merged: %s%n", STORIES, clusters.size(),
                clusters.values().stream().filter(c -> c.size() > 5).toList());
    }

    @Test
    void thenFourPartitionsOnTwoInstancesGroupTheSameArticlesTogether() {
        Set<Set<String>> one = DedupCorpus.partition(DedupCorpus.clusters(single.get(Topics.ENRICHED), single.get(Topics.DUPLICATES)));
        Set<Set<String>> four = DedupCorpus.partition(DedupCorpus.clusters(scaled.get(Topics.ENRICHED), scaled.get(Topics.DUPLICATES)));
        Set<Set<String>> onlyOne = new HashSet<>(one);
        onlyOne.removeAll(four);
        Set<Set<String>> onlyFour = new HashSet<>(four);
        onlyFour.removeAll(one);
        assertThat(onlyFour).as("clusters only in 4×2 (1×1 has %s)", onlyOne).isEmpty();
    }

    /**
     * Before late claims the race let 0, 0, 0 and 3 copies of 156 records through (eighth issue-13 session), and 5, 4
     * and 0 of 506 in the forty-fourth; with them, none in five runs (docs/dedup.md, Late claims). Bounded at 2 %, at
     * least 2 records. Mutual pairs and lost stories stay at none.
     */
    @Test
    void thenConcurrentProductionNeverMakesAMutualPairNorLosesAStory() {
        assertNoMutualPairNorLostStory("race: 4 partitions / 2 instances", raced, Math.max(2, input.size() / 50));
    }

    /**
     * A rebalance widens the race window by as long as a moving task's records wait, which a claim may outlast: 6, 2,
     * 0, 4 and 12 copies of 156 records were let through on the 2-core CI machine before late claims, 2, 2 and 3 of
     * 506 in the forty-fourth session, none in five runs with them (docs/dedup.md). Bounded at 5 %, at least 3 records.
     * Mutual pairs and lost stories stay at none.
     */
    @Test
    void thenRebalancesWithRecordsInFlightNeverMakeAMutualPairNorLoseAStory() {
        assertNoMutualPairNorLostStory("rebalance: 4 partitions, 1 → 2 → 1 instances", rebalanced,
                Math.max(3, input.size() / 20));
    }

    private void assertNoMutualPairNorLostStory(String run, Map<String, List<JsonNode>> out, long maxMissed) {
        Set<String> separated = separatedFrom(out, single);
        long missed = out.get(Topics.ENRICHED).size() - single.get(Topics.ENRICHED).size();
        System.out.printf("DedupIT %s, %d records sent at once, shuffled, from 4 threads: "
                        + "%d copies let through as originals (1×1 in order: 0 by construction), clusters that differ "
                        + "from 1×1: %s%n", run, input.size() + SAME_ID_DELIVERIES, missed, separated);
        Set<String> storiesOnEnriched = out.get(Topics.ENRICHED).stream().map(a -> story(a.path("id").asText()))
                .collect(Collectors.toSet());
        // without ../shared the corpus falls back to a few literal stories, fewer than asked for
        long stories = input.stream().map(RawArticle::story).distinct().count();
        assertThat(storiesOnEnriched).as("every story is on news.enriched").hasSize((int) stories);
        Set<String> pairs = new HashSet<>();
        for (JsonNode d : out.get(Topics.DUPLICATES)) {
            pairs.add(d.path("id").asText() + ">" + d.path("duplicate_of").asText());
        }
        for (JsonNode d : out.get(Topics.DUPLICATES)) {
            String id = d.path("id").asText();
            String of = d.path("duplicate_of").asText();
            assertThat(!of.equals(id) && pairs.contains(of + ">" + id)).as("%s and %s name each other", id, of).isFalse();
        }
        assertThat(missed).as("copies let through by the race").isLessThanOrEqualTo(maxMissed);
    }

    /** Ids whose cluster in {@code out} is not a cluster of {@code reference}. */
    private static Set<String> separatedFrom(Map<String, List<JsonNode>> out, Map<String, List<JsonNode>> reference) {
        Set<Set<String>> ref = stories(reference);
        return stories(out).stream().filter(c -> !ref.contains(c)).flatMap(Set::stream).collect(Collectors.toSet());
    }

    @Test
    void thenSeveralDeliveriesOfOneIdInFlightGiveOneOriginal() {
        String id = input.get(0).id();
        for (Map<String, List<JsonNode>> out : List.of(single, scaled)) {
            assertThat(out.get(Topics.ENRICHED).stream().filter(a -> a.path("id").asText().equals(id))).hasSize(1);
            assertThat(out.get(Topics.DUPLICATES).stream().filter(a -> a.path("id").asText().equals(id)))
                    .hasSize(SAME_ID_DELIVERIES)
                    .allSatisfy(d -> assertThat(d.path("duplicate_of").asText()).isEqualTo(id));
        }
        // All at once: a rewrite of the story may be processed first and be the original; the 7 deliveries
        // of the id then all point into the story, and at most one of them is on news.enriched.
        assertThat(raced.get(Topics.ENRICHED).stream().filter(a -> a.path("id").asText().equals(id))).hasSizeLessThanOrEqualTo(1);
        assertThat(raced.get(Topics.DUPLICATES).stream().filter(a -> a.path("id").asText().equals(id)))
                .hasSizeGreaterThanOrEqualTo(SAME_ID_DELIVERIES)
                .allSatisfy(d -> assertThat(story(d.path("duplicate_of").asText())).isEqualTo(id));
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
