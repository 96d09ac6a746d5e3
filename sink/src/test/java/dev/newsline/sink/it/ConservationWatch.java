package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.audit.AuditReport;
import dev.newsline.sink.audit.AuditSummary;
import dev.newsline.sink.audit.ConservationAudit;
import dev.newsline.sink.demo.OutputCollector;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/** The fault ITs' view of the outputs: {@code newsline audit}'s check, run until the pipeline has caught up. */
final class ConservationWatch {

    private final String bootstrapServers;
    private final ConservationAudit audit;

    ConservationWatch(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.audit = new ConservationAudit(bootstrapServers, new Properties(), Duration.ofSeconds(30));
    }

    /** Output records committed so far, on the three accounted topics together. */
    long accounted() throws Exception {
        return audit.run().outputs().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Waits until at least {@code n} output records are committed (the pipeline is processing). */
    void awaitAccounted(long n, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long seen;
        while ((seen = accounted()) < n) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + seen + " of " + n + " output records within " + timeout);
            }
            Thread.sleep(200);
        }
    }

    /** Audits until no raw record is missing or the timeout passes; returns the last audit either way. */
    AuditReport awaitCaughtUp(Duration timeout) throws Exception {
        return audit.awaitCaughtUp(timeout);
    }

    /** Waits until the article with {@code id} is on news.enriched. */
    void awaitEnriched(String id, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        try (OutputCollector collector = new OutputCollector(bootstrapServers, new java.util.Properties())) {
            while (collector.readAll(Topics.ENRICHED).stream()
                    .noneMatch(r -> id.equals(parse(r.value()).path("id").asText()))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(id + " did not reach " + Topics.ENRICHED + " within " + timeout);
                }
                Thread.sleep(300);
            }
        }
    }

    /**
     * The end of every fault test: once {@code sender} has sent the stream of {@code records}, waits until none
     * is missing, sends one more article ({@code afterId}) and waits for it on news.enriched, then asserts with
     * a last audit, printed under {@code title}, that all {@code records + 1} raw records are fine.
     */
    void assertRecovered(PacedSender sender, int records, String afterId, String title) throws Exception {
        sender.awaitDone(Duration.ofSeconds(120));
        assertConserved(awaitCaughtUp(Duration.ofSeconds(120)), records);
        sender.start(List.of(FaultStream.article(afterId)), Duration.ZERO);
        sender.awaitDone(Duration.ofSeconds(30));
        awaitEnriched(afterId, Duration.ofSeconds(60));
        AuditReport report = awaitCaughtUp(Duration.ofSeconds(30));
        print(title, report);
        assertConserved(report, records + 1);
    }

    /** Asserts that the report shows {@code rawRecords} raw records, none missing or doubled and no strays. */
    static void assertConserved(AuditReport report, long rawRecords) {
        String summary = String.join("\n", AuditSummary.lines(report));
        assertThat(report.rawRecords()).as(summary).isEqualTo(rawRecords);
        assertThat(report.missing()).as(summary).isZero();
        assertThat(report.doubled()).as(summary).isZero();
        assertThat(report.strays()).as(summary).isZero();
        assertThat(report.fine()).as(summary).isEqualTo(rawRecords);
    }

    /** Prints the audit summary under a title, for the docs and the note. */
    private static void print(String title, AuditReport report) {
        System.out.println(title + ":");
        AuditSummary.lines(report).forEach(l -> System.out.println("  " + l));
    }

    private static JsonNode parse(String json) {
        try {
            return JsonMapper.get().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
