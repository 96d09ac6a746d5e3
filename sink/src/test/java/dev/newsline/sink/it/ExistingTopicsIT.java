package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.errors.FailureCounter;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.app.NewslineApplication;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import dev.newsline.sink.demo.OutputCollector;
import dev.newsline.sink.stage.OutputTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * A cluster prepared by someone else, on a real broker: output topics created before with the broker's default
 * {@code max.message.bytes}, one per-tag topic, and a replication factor the one broker cannot give, so that no
 * other per-tag topic can be created. Nothing blocks: articles reach news.enriched (or news.rejected when too large
 * for it), per-tag copies go only where a topic exists, and a per-tag topic the operator creates later is used
 * without a restart.
 */
class ExistingTopicsIT {

    private static final int ONE_MB = 1024 * 1024;
    /** Kafka's default {@code message.max.bytes}, which a topic created without settings takes. */
    private static final int KAFKA_DEFAULT = 1048588;

    @Test
    void givenTopicsCreatedBeforeAndPerTagTopicsThatCannotBeCreated_whenArticlesArrive_thenNothingBlocks_andTopicsCreatedLaterAreUsed()
            throws Exception {
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            // Given output topics created with the broker's defaults, one per-tag topic, and settings asking for
            // three replicas of every topic Newsline creates, on a cluster of one broker
            try (Admin admin = Admin.create(ClientConfigFactory.admin(kafka.bootstrapServers(), new Properties()))) {
                admin.createTopics(List.of(
                        topic(Topics.RAW, 4 * ONE_MB), topic(Topics.ENRICHED, KAFKA_DEFAULT), topic(Topics.DUPLICATES, null),
                        topic(Topics.REJECTED, 8 * ONE_MB), topic(Topics.country("TR"), null))).all().get();
            }
            Properties config = new Properties();
            config.put("newsline.topic.replication.factor", "3");
            config.put("replication.factor", "1");
            config.put("newsline.max.article.bytes", String.valueOf(ONE_MB));
            config.put("commit.interval.ms", "100");
            config.put("newsline.route.refresh", "PT1S");
            config.put("state.dir", Files.createTempDirectory("newsline-it-state-").toString());
            long skippedBefore = FailureCounter.ROUTING_SKIPPED.value();

            Enrichers enrichers = Enrichers.load(NewslineSettings.from(config));
            try (NewslineApplication app = NewslineApplication.start(kafka.bootstrapServers(), config, enrichers,
                    Duration.ofSeconds(90));
                 KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(ClientConfigFactory.producer(
                         kafka.bootstrapServers(), new Properties()), new ByteArraySerializer(), new ByteArraySerializer())) {
                OutputTopics learnt = app.outputTopics();
                assertThat(learnt.routable(Topics.country("TR"))).isTrue();
                assertThat(learnt.routable(Topics.topic("disaster"))).isFalse();
                assertThat(learnt.maxValueBytes(Topics.ENRICHED)).isLessThan(ONE_MB + 1024);

                // When an article tagged with both existing and missing per-tag topics arrives, then one too large
                // for news.enriched, then another one
                byte[] quake = ("Strong earthquake shakes eastern Turkey\n\nA magnitude 5.9 earthquake struck the "
                        + "eastern Turkish province of Malatya early on Tuesday, the disaster agency said. Buildings "
                        + "were damaged in Malatya and rescue teams searched the rubble.").getBytes(StandardCharsets.UTF_8);
                byte[] huge = ("Annual report of the harbour board\n\n" + "The harbour board met and reviewed the "
                        + "year in detail, item by item, with the minutes read aloud. ".repeat(11000))
                        .getBytes(StandardCharsets.UTF_8);
                byte[] after = ("Floods close roads in the north\n\nHeavy rain closed dozens of roads on Monday, "
                        + "officials in the northern provinces said.").getBytes(StandardCharsets.UTF_8);
                assertThat(huge.length).isBetween(600_000, ONE_MB);
                for (byte[] value : List.of(quake, huge, after)) {
                    producer.send(new ProducerRecord<>(Topics.RAW, value)).get();
                }

                // Then each is on exactly one accounted topic: the large one rejected with its bytes, the others
                // enriched, the per-tag copy on the one per-tag topic that exists, and the instance still running
                Map<String, List<JsonNode>> out = RunningPipeline.awaitAccounted(kafka.bootstrapServers(), new Properties(), 3,
                        Duration.ofSeconds(120));
                assertThat(out.get(Topics.ENRICHED)).extracting(a -> a.path("title").asText())
                        .containsExactlyInAnyOrder("Strong earthquake shakes eastern Turkey",
                                "Floods close roads in the north");
                assertThat(out.get(Topics.REJECTED)).singleElement().satisfies(r -> {
                    assertThat(r.path("reason").asText()).isEqualTo("OUTPUT_TOO_LARGE");
                    assertThat(r.path("message").asText()).contains(Topics.ENRICHED);
                    assertThat(Base64.getDecoder().decode(r.path("original_base64").asText())).isEqualTo(huge);
                });
                assertThat(out.get(Topics.DUPLICATES)).isEmpty();
                try (OutputCollector collector = new OutputCollector(kafka.bootstrapServers(), new Properties())) {
                    assertThat(collector.readAll(Topics.country("TR"))).extracting(ConsumerRecord::value)
                            .singleElement().satisfies(v -> assertThat(v).contains("Malatya"));
                    Set<String> topics = collector.outputTopics();
                    assertThat(topics).containsExactlyInAnyOrder(Topics.ENRICHED, Topics.DUPLICATES, Topics.REJECTED,
                            Topics.country("TR"));
                }
                assertThat(FailureCounter.ROUTING_SKIPPED.value()).isGreaterThan(skippedBefore);

                // Given the operator then creates the per-tag topic that could not be created at start
                try (Admin admin = Admin.create(ClientConfigFactory.admin(kafka.bootstrapServers(), new Properties()))) {
                    admin.createTopics(List.of(topic(Topics.topic("disaster"), null))).all().get();
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (!learnt.routable(Topics.topic("disaster")) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(learnt.routable(Topics.topic("disaster"))).as("found by the refresh, without a restart")
                        .isTrue();
                assertThat(learnt.routable(Topics.topic("politics"))).isFalse();

                // When another earthquake story arrives
                byte[] aftershock = ("Aftershocks rattle Van a week after deadly quake\n\nA series of aftershocks, "
                        + "the strongest of magnitude 4.8, rattled the city of Van in eastern Turkey on Sunday. Families "
                        + "who lost their homes in last week's earthquake spent another night in tents.")
                        .getBytes(StandardCharsets.UTF_8);
                producer.send(new ProducerRecord<>(Topics.RAW, aftershock)).get();

                // Then it gets a copy on the new topic as well as on the one that existed, and the first earthquake
                // story, routed before the topic existed, is not copied there after the fact
                Map<String, List<JsonNode>> all = RunningPipeline.awaitAccounted(kafka.bootstrapServers(),
                        new Properties(), 4, Duration.ofSeconds(120));
                assertThat(all.get(Topics.ENRICHED)).hasSize(3);
                try (OutputCollector collector = new OutputCollector(kafka.bootstrapServers(), new Properties())) {
                    assertThat(collector.readAll(Topics.topic("disaster"))).extracting(ConsumerRecord::value)
                            .singleElement().satisfies(v -> assertThat(v).contains("Aftershocks rattle Van"));
                    assertThat(collector.readAll(Topics.country("TR"))).hasSize(2);
                }
                assertThat(app.failure()).isEmpty();
            }
        }
    }

    private static NewTopic topic(String name, Integer maxMessageBytes) {
        NewTopic topic = new NewTopic(name, Optional.of(2), Optional.of((short) 1));
        return maxMessageBytes == null ? topic : topic.configs(Map.of("max.message.bytes", String.valueOf(maxMessageBytes)));
    }
}
