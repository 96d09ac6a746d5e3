package dev.newsline.sink.app;

import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.topology.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics Newsline reads and writes when they are missing (partitions and replication from settings). */
public final class TopicCreator {

    private final Admin admin;
    private final NewslineSettings settings;

    public TopicCreator(Admin admin, NewslineSettings settings) {
        this.admin = admin;
        this.settings = settings;
    }

    /** Creates news.raw and the three accounted output topics if missing. */
    public void createPipelineTopics() throws ExecutionException, InterruptedException {
        List<String> names = new ArrayList<>();
        names.add(Topics.RAW);
        names.addAll(Topics.ACCOUNTED);
        create(names);
    }

    /** Creates {@code names} if missing; an existing topic is left as it is. */
    public void create(Collection<String> names) throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = names.stream()
                .filter(n -> !existing.contains(n))
                .map(this::newTopic)
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e; // someone else creating the same topic at the same time is fine
            }
        }
    }

    private NewTopic newTopic(String name) {
        Optional<Short> replication = settings.replicationFactor() > 0
                ? Optional.of(settings.replicationFactor()) : Optional.empty();
        NewTopic topic = new NewTopic(name, Optional.of(settings.partitions()), replication);
        return Topics.RAW.equals(name) ? topic
                : topic.configs(Map.of("max.message.bytes", String.valueOf(StreamsConfigFactory.MAX_RECORD_BYTES)));
    }
}
