package dev.newsline.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ClientConfigFactoryTest {

    private static Properties userSettings() {
        Properties user = new Properties();
        user.put("security.protocol", "SASL_SSL");
        user.put("sasl.mechanism", "SCRAM-SHA-512");
        user.put("ssl.truststore.location", "/etc/kafka/truststore.jks");
        user.put("bootstrap.servers", "ignored:9092");
        user.put("num.stream.threads", "4");
        user.put("newsline.topic.partitions", "6");
        user.put("producer.linger.ms", "25");
        user.put("consumer.max.poll.records", "50");
        return user;
    }

    @Test
    void securityKeysReachAdminProducerAndConsumerAlike() {
        Properties user = userSettings();
        for (Properties client : List.of(ClientConfigFactory.admin("kafka:9092", user),
                ClientConfigFactory.producer("kafka:9092", user), ClientConfigFactory.consumer("kafka:9092", user))) {
            assertThat(client.getProperty("security.protocol")).isEqualTo("SASL_SSL");
            assertThat(client.getProperty("sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
            assertThat(client.getProperty("ssl.truststore.location")).isEqualTo("/etc/kafka/truststore.jks");
            assertThat(client.getProperty("bootstrap.servers")).isEqualTo("kafka:9092");
            assertThat(client).doesNotContainKeys("num.stream.threads", "newsline.topic.partitions");
        }
    }

    @Test
    void prefixedKeysReachOnlyTheirClient() {
        Properties user = userSettings();
        assertThat(ClientConfigFactory.producer("kafka:9092", user).getProperty("linger.ms")).isEqualTo("25");
        assertThat(ClientConfigFactory.consumer("kafka:9092", user)).doesNotContainKey("linger.ms");
        assertThat(ClientConfigFactory.consumer("kafka:9092", user).getProperty("max.poll.records")).isEqualTo("50");
        assertThat(ClientConfigFactory.admin("kafka:9092", user)).doesNotContainKeys("linger.ms", "max.poll.records");
    }
}
