package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.source.LeaderReadiness;
import dev.newsline.ingest.topology.EventTimeHeader;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.app.OutputTopicCheck;
import dev.newsline.sink.app.TopicCreator;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import dev.newsline.sink.demo.OutputCollector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Newsline's records are stamped when they are written, so time-based retention counts from then and not from the
 * article's event time: a backfilled article is not deleted, from news.raw or from the outputs, at the broker's next
 * retention check. The event time travels in news.raw's event-time header and in the JSON.
 */
class OutputTopicsIT {

    private static final Instant PUBLISHED = Instant.parse("2019-03-04T08:30:00Z");
    private static final String ARTICLE = """
            {"id": "athens-budget-2019", "title": "Greek parliament approves the 2019 budget",
             "body": "ATHENS, March 4 (Reuters) - Greece's parliament approved the government's budget for 2019 late on Monday, with 153 deputies in the 300-seat chamber voting in favour, the speaker said. The finance minister told deputies that Greece would meet its primary surplus target.",
             "published_at": "2019-03-04T08:30:00Z", "language": "en"}
            """;

    @Test
    void givenAnArticlePublishedIn2019_whenThePipelineWritesItAndItsCopies_thenEachRecordIsStampedWhenWritten()
            throws Exception {
        try (RunningPipeline pipeline = RunningPipeline.start(2, 1, new Properties())) {
            // Given an article whose raw record carries its event time, 2019
            Instant sent = Instant.now();
            pipeline.send(PUBLISHED.toEpochMilli(), ARTICLE.getBytes(StandardCharsets.UTF_8));

            // When the pipeline has written it and its per-country copy
            JsonNode enriched = pipeline.awaitAccounted(1, Duration.ofSeconds(120)).get(Topics.ENRICHED).get(0);
            String copies = Topics.country("gr");
            List<ConsumerRecord<String, String>> written;
            List<ConsumerRecord<String, String>> routed;
            try (OutputCollector collector = new OutputCollector(pipeline.bootstrapServers(), pipeline.settings())) {
                written = collector.readAll(Topics.ENRICHED);
                routed = collector.readAll(copies);
            }

            // Then the JSON keeps the event time, and the records are stamped by the broker when written
            assertThat(enriched.path("published_at").asText()).startsWith("2019-03-04");
            assertThat(routed).hasSize(1);
            for (ConsumerRecord<String, String> r : List.of(written.get(0), routed.get(0))) {
                assertThat(r.timestampType()).as(r.topic()).isEqualTo(TimestampType.LOG_APPEND_TIME);
                assertThat(Instant.ofEpochMilli(r.timestamp())).as(r.topic()).isAfterOrEqualTo(sent.minusSeconds(1));
            }
            // and every output topic Newsline created says so, news.raw (event time) excepted
            try (Admin admin = Admin.create(ClientConfigFactory.admin(pipeline.bootstrapServers(), pipeline.settings()))) {
                for (String topic : List.of(Topics.ENRICHED, Topics.DUPLICATES, Topics.REJECTED, copies, Topics.RAW)) {
                    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                    Map<ConfigResource, Config> configs =
                            admin.describeConfigs(List.of(resource)).all().get();
                    String type = configs.get(resource).get(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG).value();
                    assertThat(type).as(topic).isEqualTo(Topics.RAW.equals(topic) ? "CreateTime" : "LogAppendTime");
                }
            }
        }
    }

    @Test
    void givenA2019ArticleProducedByTheCli_whenItIsEnriched_thenNewsRawHoldsItStampedNowWithItsEventTimeInAHeader(
            @TempDir Path dir) throws Exception {
        try (RunningPipeline pipeline = RunningPipeline.start(2, 1, new Properties())) {
            // Given a JSON article published in 2019
            Path article = dir.resolve("athens-budget.json");
            Files.writeString(article, ARTICLE);
            Instant sent = Instant.now();

            // When `newsline produce` sends it and the pipeline enriches it
            CommandRun produce = CommandRun.of("produce", "--bootstrap-server", pipeline.bootstrapServers(),
                    article.toString());
            assertThat(produce.exitCode()).as(produce.err()).isZero();
            JsonNode enriched = pipeline.awaitAccounted(1, Duration.ofSeconds(120)).get(Topics.ENRICHED).get(0);

            // Then news.raw's record is stamped when it was sent and names the article's time in its header
            List<ConsumerRecord<String, String>> raw;
            try (OutputCollector collector = new OutputCollector(pipeline.bootstrapServers(), pipeline.settings())) {
                raw = collector.readAll(Topics.RAW);
            }
            assertThat(raw).hasSize(1);
            assertThat(Instant.ofEpochMilli(raw.get(0).timestamp())).isAfterOrEqualTo(sent.minusSeconds(1));
            assertThat(new String(raw.get(0).headers().lastHeader(EventTimeHeader.NAME).value(), StandardCharsets.UTF_8))
                    .isEqualTo("2019-03-04T08:30:00Z");
            // and the pipeline still reads the event time: the enriched article's origin and event_time are 2019
            assertThat(enriched.path("origin").path("timestamp").asLong()).isEqualTo(PUBLISHED.toEpochMilli());
            assertThat(enriched.path("event_time").asText()).startsWith("2019-03-04");
        }
    }

    @Test
    void givenOutputTopicsCreatedElsewhere_whenTheApplicationChecksThem_thenThoseStampedByCreateTimeUnderRetentionAreNamed()
            throws Exception {
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start();
             Admin admin = Admin.create(ClientConfigFactory.admin(kafka.bootstrapServers(), new Properties()))) {
            // Given a per-tag topic an operator created with a real cluster's defaults (create time, 7 days; the
            // embedded broker itself keeps everything), one kept forever, and one of Newsline's with the same 7 days
            String operators = Topics.country("gr");
            String forever = Topics.country("it");
            String ours = Topics.country("es");
            admin.createTopics(List.of(
                    new NewTopic(operators, 1, (short) 1).configs(withWeekRetention(Map.of())),
                    new NewTopic(forever, 1, (short) 1).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                    new NewTopic(ours, 1, (short) 1).configs(withWeekRetention(TopicCreator.OUTPUT_TOPIC_CONFIG))))
                    .all().get();
            LeaderReadiness.await(admin, List.of(operators, forever, ours), Duration.ofSeconds(30));

            // When the application checks its output topics at start
            OutputTopicCheck.Findings findings = OutputTopicCheck.check(admin, kafka.bootstrapServers(),
                    List.of(operators, forever, ours), Duration.ofSeconds(30));

            // Then only the operator's topic is named: its backfilled records would be deleted at once
            assertThat(findings.stampedWithEventTime()).containsExactly(operators);
        }
    }

    private static Map<String, String> withWeekRetention(Map<String, String> config) {
        Map<String, String> withRetention = new HashMap<>(config);
        withRetention.put(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(7).toMillis()));
        return withRetention;
    }
}
