package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import dev.newsline.sink.demo.OutputCollector;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The demo's dumps read a topic only once every transaction written to it so far is decided, so a per-tag copy
 * whose commit marker lands after news.enriched's is still in the dump.
 */
class OutputCollectorIT {

    private static final String COPY_TOPIC = Topics.country("gr");

    @Test
    void givenACopyInATransactionNotYetDecided_whenTheTopicIsDumped_thenTheDumpWaitsForTheCommitAndHoldsIt()
            throws Exception {
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            String bootstrap = kafka.bootstrapServers();
            Properties none = new Properties();
            try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, none))) {
                admin.createTopics(List.of(new NewTopic(COPY_TOPIC, 2, (short) 1))).all().get();
            }
            Properties producerConfig = ClientConfigFactory.producer(bootstrap, none);
            producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "output-collector-it");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                    new StringSerializer());
                 OutputCollector collector = new OutputCollector(bootstrap, none)) {
                // Given a copy written in a transaction that is still open
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(COPY_TOPIC, "a1", "{\"id\":\"a1\"}")).get();

                // When the topic is dumped while the transaction commits a second later
                CompletableFuture<Void> commit = CompletableFuture.runAsync(producer::commitTransaction,
                        CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
                List<ConsumerRecord<String, String>> dumped = collector.readAll(COPY_TOPIC);
                commit.get(30, TimeUnit.SECONDS);

                // Then the dump holds the copy, and nothing else
                assertThat(dumped).extracting(ConsumerRecord::key).containsExactly("a1");
            }
        }
    }
}
