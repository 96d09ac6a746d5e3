package dev.newsline.sink.audit;

import dev.newsline.ingest.topology.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * Checks conservation on a cluster: reads news.raw and news.enriched, news.duplicates, news.rejected as they
 * are committed now, and classifies every committed raw record by the origins of the output records.
 */
public final class ConservationAudit {

    /** How many positions of each kind of fault a report lists. */
    public static final int EXAMPLES = 5;

    private final String bootstrapServers;
    private final Properties settings;
    private final Duration timeout;

    /**
     * @param settings client settings ({@code security.*}, {@code sasl.*}, {@code consumer.*}…), as for the application
     * @param timeout  for each metadata call and for reading each topic
     */
    public ConservationAudit(String bootstrapServers, Properties settings, Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.settings = settings;
        this.timeout = timeout;
    }

    /**
     * Audits; while records are missing, audits again every second until {@code wait} has passed, so records
     * in flight through a running pipeline get there. Returns the last audit.
     */
    public AuditReport awaitCaughtUp(Duration wait) throws AuditException, InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        AuditReport report = run();
        while (report.missing() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            report = run();
        }
        return report;
    }

    /** Reads the four topics and classifies; a running pipeline's records in flight show as missing. */
    public AuditReport run() throws AuditException {
        try (CommittedReader reader = new CommittedReader(bootstrapServers, settings, timeout)) {
            List<TopicPartition> outputPartitions = new ArrayList<>();
            for (String topic : Topics.ACCOUNTED) {
                outputPartitions.addAll(reader.partitions(topic));
            }
            // Output ends first: every output committed before them names a raw record committed before the
            // raw ends taken next, so a pipeline running during the audit makes no false strays.
            Map<TopicPartition, Long> outputEnds = reader.ends(outputPartitions);
            List<TopicPartition> rawPartitions = reader.partitions(Topics.RAW);
            Map<TopicPartition, Long> rawEnds = reader.ends(rawPartitions);
            Map<Integer, Long> logStarts = new LinkedHashMap<>();
            reader.logStarts(rawPartitions).forEach((tp, start) -> logStarts.put(tp.partition(), start));

            ConservationLedger ledger = new ConservationLedger(logStarts, EXAMPLES);
            reader.read(rawEnds, r -> ledger.raw(r.partition(), r.offset()));
            reader.read(outputEnds, r -> ledger.output(new OutputLocation(r.topic(), r.partition(), r.offset()),
                    OriginReader.read(r.value())));
            return ledger.report();
        } catch (KafkaException e) {
            // Authorization, authentication, TLS: what the user must fix, in the client's own words.
            throw new AuditException("could not read the topics at " + bootstrapServers + ": " + e.getMessage());
        }
    }
}
