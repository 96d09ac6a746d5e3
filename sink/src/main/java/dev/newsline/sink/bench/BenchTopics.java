package dev.newsline.sink.bench;

import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.source.LeaderReadiness;
import dev.newsline.ingest.source.RawTopic;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.app.TopicCreator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The bench's topics. The pass-through gets its own pair, named per run; the pipeline uses news.*, which must be
 * new, so its output topics can be made here with broker append time (LogAppendTime) for the latency figures.
 */
final class BenchTopics {

    private static final Duration LEADER_WAIT = Duration.ofSeconds(60);

    private BenchTopics() {
    }

    static String passThroughInput(String run) {
        return "bench." + run + ".passthrough.in";
    }

    static String passThroughOutput(String run) {
        return "bench." + run + ".passthrough.out";
    }

    static void createPassThrough(Admin admin, NewslineSettings settings, String run)
            throws ExecutionException, InterruptedException {
        NewTopic in = topic(passThroughInput(run), settings, Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                String.valueOf(RawTopic.MAX_MESSAGE_BYTES)));
        NewTopic out = topic(passThroughOutput(run), settings, outputConfig());
        admin.createTopics(List.of(in, out)).all().get();
        LeaderReadiness.await(admin, List.of(in.name(), out.name()), LEADER_WAIT);
    }

    /**
     * Creates news.raw as {@code produce} does and the three accounted output topics with LogAppendTime.
     *
     * @throws BenchSetupException when any of them exists already (the bench needs a fresh pipeline)
     */
    static void createPipeline(Admin admin, NewslineSettings settings) throws ExecutionException, InterruptedException {
        requireFreshPipeline(admin);
        List<NewTopic> topics = new ArrayList<>();
        topics.add(RawTopic.definition(settings));
        Topics.ACCOUNTED.forEach(t -> topics.add(topic(t, settings, outputConfig())));
        admin.createTopics(topics).all().get();
        LeaderReadiness.await(admin, topics.stream().map(NewTopic::name).toList(), LEADER_WAIT);
    }

    /** @throws BenchSetupException when news.raw or an accounted output topic exists already */
    static void requireFreshPipeline(Admin admin) throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<String> ours = new ArrayList<>(Topics.ACCOUNTED);
        ours.add(Topics.RAW);
        for (String name : ours) {
            if (existing.contains(name)) {
                throw new BenchSetupException(name + " exists on this cluster: the bench measures a fresh pipeline,"
                        + " run it on a scratch cluster or on the embedded broker (no --bootstrap-server)");
            }
        }
    }

    private static Map<String, String> outputConfig() {
        return TopicCreator.OUTPUT_TOPIC_CONFIG;
    }

    private static NewTopic topic(String name, NewslineSettings settings, Map<String, String> config) {
        Optional<Short> replication = settings.replicationFactor() > 0
                ? Optional.of(settings.replicationFactor()) : Optional.empty();
        return new NewTopic(name, Optional.of(settings.partitions()), replication).configs(config);
    }
}
