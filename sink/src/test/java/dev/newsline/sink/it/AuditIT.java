package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.audit.AuditReport;
import dev.newsline.sink.cli.NewslineCommand;
import dev.newsline.sink.demo.OutputCollector;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code newsline audit} on a real broker: silent before topics exist, clean on a clean run, exact on faults. */
class AuditIT {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int audit(String bootstrap) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = NewslineCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("audit", "--bootstrap-server", bootstrap, "--timeout", "30");
    }

    @Test
    void givenAProcessedStream_whenRecordsAreLostDoubledOrForged_thenAuditNamesEachAndExitsOne() throws Exception {
        int n = 40;
        try (RunningPipeline pipeline = RunningPipeline.start(2, 0, new Properties());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                     ClientConfigFactory.producer(pipeline.bootstrapServers(), new Properties()),
                     new ByteArraySerializer(), new ByteArraySerializer())) {
            String bootstrap = pipeline.bootstrapServers();
            ConservationWatch watch = new ConservationWatch(bootstrap);

            // Given a broker without Newsline's topics, audit says so in one line and exits 2
            assertThat(audit(bootstrap)).isEqualTo(2);
            assertThat(err.toString().strip()).startsWith("newsline: topic news.").contains("does not exist")
                    .doesNotContain("\n");

            // Given a stream processed to the end, audit finds every record once on all three topics: exit 0
            pipeline.startInstance();
            for (byte[] value : FaultStream.records("audit", n)) {
                producer.send(new ProducerRecord<>(Topics.RAW, value)).get();
            }
            AuditReport clean = watch.awaitCaughtUp(Duration.ofSeconds(90));
            ConservationWatch.assertConserved(clean, n);
            assertThat(clean.outputs()).allSatisfy((topic, count) -> assertThat(count).as(topic).isPositive());
            assertThat(audit(bootstrap)).as(out.toString()).isZero();
            assertThat(out.toString()).contains("raw records: " + n + " committed").contains("fine:        " + n)
                    .contains("missing:     0").contains("doubled:     0").contains("strays:      0")
                    .contains("conservation holds");

            // When, with the application stopped, a raw record arrives, an enriched record is written again on
            // news.duplicates, and a rejection names a raw record that never existed
            pipeline.stopInstance(0);
            RecordMetadata lost = producer.send(new ProducerRecord<>(Topics.RAW, FaultStream.article("audit-lost"))).get();
            ConsumerRecord<String, String> copied;
            try (OutputCollector collector = new OutputCollector(bootstrap, new java.util.Properties())) {
                copied = collector.readAll(Topics.ENRICHED).get(0);
            }
            producer.send(new ProducerRecord<>(Topics.DUPLICATES, copied.value().getBytes(StandardCharsets.UTF_8))).get();
            ObjectNode forged = JsonMapper.get().createObjectNode();
            forged.put("reason", "EMPTY").putObject("origin")
                    .put("topic", Topics.RAW).put("partition", 1).put("offset", 9999);
            RecordMetadata stray = producer.send(new ProducerRecord<>(Topics.REJECTED,
                    JsonMapper.get().writeValueAsBytes(forged))).get();

            // Then audit exits 1 and names the lost, the doubled and the forged record
            String origin = JsonMapper.get().readTree(copied.value()).path("origin").path("partition").asText() + "@"
                    + JsonMapper.get().readTree(copied.value()).path("origin").path("offset").asText();
            assertThat(audit(bootstrap)).as(out.toString()).isEqualTo(1);
            assertThat(out.toString())
                    .contains("raw records: " + (n + 1) + " committed")
                    .contains("missing:     1 (on no output topic): news.raw-" + lost.partition() + "@" + lost.offset())
                    .contains("doubled:     1 (on more than one output record): news.raw-" + origin
                            + " on news.enriched + news.duplicates")
                    .contains("strays:      1").contains("news.rejected-" + stray.partition() + "@" + stray.offset()
                            + " names news.raw-1@9999")
                    .contains("conservation BROKEN: 1 missing, 1 doubled, 1 strays")
                    .contains("run again with --wait SECONDS");
            System.out.println("AuditIT, after a lost, a doubled and a forged record:\n" + out);
        }
    }
}
