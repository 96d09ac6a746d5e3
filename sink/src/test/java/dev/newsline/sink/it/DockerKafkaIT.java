package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.source.RawArticleProducer;
import dev.newsline.ingest.source.SourceLimits;
import dev.newsline.ingest.source.Sources;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.app.NewslineApplication;
import dev.newsline.sink.demo.AccountedOutputs;
import dev.newsline.sink.demo.OutputCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/** The same pipeline against the official apache/kafka image, where a Docker engine answers. */
class DockerKafkaIT {

    @BeforeAll
    static void requireDocker() {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            docker = false;
        }
        String skip = "no Docker engine answers here: skipping the Testcontainers broker test (the embedded-broker ITs cover the pipeline)";
        if (!docker) {
            System.out.println("DockerKafkaIT: " + skip);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(docker, skip);
    }

    @Test
    void givenTheOfficialKafkaImage_whenAnArticleIsProduced_thenItIsEnriched(@TempDir Path dir) throws Exception {
        try (KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1")) {
            kafka.start();
            Properties config = new Properties();
            config.put("newsline.topic.partitions", "1");
            config.put("newsline.topic.replication.factor", "1");
            config.put("replication.factor", "1");
            config.put("state.dir", Files.createTempDirectory("newsline-docker-it-").toString());
            try (NewslineApplication app = NewslineApplication.start(kafka.getBootstrapServers(), config,
                    Enrichers.load(NewslineSettings.from(config)), Duration.ofSeconds(90));
                 RawArticleProducer producer = new RawArticleProducer(kafka.getBootstrapServers(), config, OptionalInt.empty());
                 OutputCollector out = new OutputCollector(kafka.getBootstrapServers(), config)) {
                Path article = Files.writeString(dir.resolve("a.txt"),
                        "Quake shakes the coast\n\nA strong earthquake shook the coast early on Sunday.");
                producer.send(Sources.of(List.of(article), SourceLimits.of(dev.newsline.ingest.config.NewslineSettings.from(config)), null),
                        outcome -> { });
                AccountedOutputs accounted = out.awaitAccounted(1, Duration.ofSeconds(60));
                assertThat(accounted.total()).isEqualTo(1);
                assertThat(accounted.byTopic().get(Topics.ENRICHED)).hasSize(1);
            }
        }
    }
}
