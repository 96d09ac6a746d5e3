package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.app.NewslineApplication;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import dev.newsline.sink.cli.NewslineCommand;
import dev.newsline.sink.replay.RejectedReplay;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Replaying news.rejected after a fix, on a real broker: the originals go back to news.raw with their headers,
 * byte for byte, and the fixed pipeline accounts for them; rejections left out by the filter stay where they are.
 */
class RejectedReplayIT {

    @Test
    void givenArticlesRejectedForALimitSinceRaised_whenReplayRuns_thenTheyAreEnriched() throws Exception {
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            String bootstrap = kafka.bootstrapServers();
            Enrichers enrichers = Enrichers.load(NewslineSettings.defaults());
            byte[] longer = ("A long report from the river delta\n\n" + "Fishermen in the delta said the catch was "
                    + "the best in years, and the market prices held steady through the season. ".repeat(20))
                    .getBytes(StandardCharsets.UTF_16);
            byte[] empty = new byte[0];

            // Given an article rejected as TOO_LARGE under a limit that is then raised, and an empty record
            try (NewslineApplication strict = NewslineApplication.start(bootstrap, config("1024"), enrichers,
                    Duration.ofSeconds(90))) {
                send(bootstrap, longer, "filename", "delta.txt", "charset", "UTF-16");
                send(bootstrap, empty, "filename", "empty.txt");
                assertThat(RunningPipeline.awaitAccounted(bootstrap, new Properties(), 2, Duration.ofSeconds(120)).get(Topics.REJECTED)).extracting(r -> r.path("reason").asText())
                        .containsExactlyInAnyOrder("TOO_LARGE", "EMPTY");
            }

            try (NewslineApplication fixed = NewslineApplication.start(bootstrap, config("65536"), enrichers,
                    Duration.ofSeconds(90))) {
                // When the TOO_LARGE rejections are replayed
                PrintStream stdout = System.out;
                ByteArrayOutputStream printed = new ByteArrayOutputStream();
                int exit;
                try {
                    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
                    exit = NewslineCommand.commandLine().execute("replay-rejected", "--bootstrap-server", bootstrap,
                            "--reason", "TOO_LARGE");
                } finally {
                    System.setOut(stdout);
                }

                // Then the article, its bytes and headers as first delivered, is enriched; the empty one stays rejected
                assertThat(exit).isZero();
                assertThat(printed.toString(StandardCharsets.UTF_8))
                        .contains("replayed 1 of 2 rejected records to news.raw (1 not selected");
                Map<String, List<JsonNode>> out = RunningPipeline.awaitAccounted(bootstrap, new Properties(), 3, Duration.ofSeconds(120));
                assertThat(out.get(Topics.REJECTED)).hasSize(2);
                assertThat(out.get(Topics.ENRICHED)).singleElement().satisfies(a -> {
                    assertThat(a.path("title").asText()).isEqualTo("A long report from the river delta");
                    assertThat(a.path("headers").path("filename").asText()).isEqualTo("delta.txt");
                    assertThat(a.path("headers").path("charset").asText()).isEqualTo("UTF-16");
                    assertThat(a.path("headers").path(RejectedReplay.REPLAYED_FROM).asText()).startsWith(Topics.RAW + "-");
                    assertThat(a.path("original").asText().getBytes(StandardCharsets.UTF_16)).isEqualTo(longer);
                });
            }
        }
    }

    private static Properties config(String maxArticleBytes) throws Exception {
        Properties p = new Properties();
        p.put("newsline.max.article.bytes", maxArticleBytes);
        p.put("newsline.topic.replication.factor", "1");
        p.put("newsline.route.tags", "off");
        p.put("replication.factor", "1");
        p.put("commit.interval.ms", "100");
        p.put("state.dir", Files.createTempDirectory("newsline-it-state-").toString());
        return p;
    }

    private static void send(String bootstrap, byte[] value, String... headers) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(ClientConfigFactory.producer(bootstrap,
                new Properties()), new ByteArraySerializer(), new ByteArraySerializer())) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.RAW, value);
            for (int i = 0; i + 1 < headers.length; i += 2) {
                record.headers().add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        }
    }
}
