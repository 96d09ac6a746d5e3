package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The embedded broker restarts on the same log directory and address, as a broker process would, and has its
 * coordinators ready before the first client needs them.
 */
class EmbeddedKafkaClusterIT {

    private static final String TOPIC = "restart.check";

    @Test
    void givenRecordsOnATopic_whenTheBrokerRestarts_thenTheSameAddressServesThemAndTakesNewOnes() throws Exception {
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            String bootstrap = kafka.bootstrapServers();
            Properties none = new Properties();
            try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, none));
                 KafkaProducer<String, String> producer = new KafkaProducer<>(ClientConfigFactory.producer(bootstrap, none),
                         new StringSerializer(), new StringSerializer())) {
                // Given two records written before the restart
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
                producer.send(new ProducerRecord<>(TOPIC, "before-1")).get();
                producer.send(new ProducerRecord<>(TOPIC, "before-2")).get();

                // When the broker is stopped and started again
                kafka.restartBroker(Duration.ofSeconds(1));

                // Then it answers on the same address, and the same producer's next record joins the old ones
                assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
                producer.send(new ProducerRecord<>(TOPIC, "after")).get();
                assertThat(readAll(bootstrap)).containsExactly("before-1", "before-2", "after");
            }
        }
    }

    @Test
    void givenAFreshBroker_whenNoClientHasAskedForACoordinator_thenItsGroupAndTransactionTopicsAreCreatedAnyway()
            throws Exception {
        // Given a broker that has just started, with no group and no transaction yet
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start();
             Admin admin = Admin.create(ClientConfigFactory.admin(kafka.bootstrapServers(), new Properties()))) {
            // When this client only lists topics (listing creates nothing), for up to 60 s
            Set<String> internal = Set.of();
            Instant deadline = Instant.now().plusSeconds(60);
            while (!internal.containsAll(COORDINATOR_TOPICS) && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                internal = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
            }

            // Then the broker's own warm-up has had both coordinators' topics created
            assertThat(internal).containsAll(COORDINATOR_TOPICS);
        }
    }

    private static final Set<String> COORDINATOR_TOPICS = Set.of("__consumer_offsets", "__transaction_state");

    private static List<String> readAll(String bootstrap) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(ClientConfigFactory.consumer(bootstrap,
                new Properties()), new StringDeserializer(), new StringDeserializer())) {
            TopicPartition tp = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            List<String> values = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (consumer.position(tp) < end && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            return values;
        }
    }
}
