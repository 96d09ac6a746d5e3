package dev.newsline.sink.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.enrich.dedup.GatherEntries;
import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.audit.AuditReport;
import dev.newsline.sink.audit.ConservationAudit;
import dev.newsline.sink.audit.RawPosition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Test fixture: when a run times out, says where each missing raw record stands in the dedup stage (its gather
 * entry and how many verdicts it holds, its probe batches and verdict records, committed and aborted), so an
 * intermittent stall leaves evidence behind. Kafka Streams purges repartition topics up to what it has committed,
 * so batches and verdicts already consumed may be gone unless {@code repartition.purge.interval.ms} is raised.
 */
final class StallReport {

    private static final String PREFIX = StreamsConfigFactory.APPLICATION_ID + "-";
    private static final String GATHER_CHANGELOG = PREFIX + "dedup-gather-changelog";
    private static final String PROBES = PREFIX + "dedup-probes-repartition";
    private static final String VERDICTS = PREFIX + "dedup-verdicts-repartition";

    private StallReport() {
    }

    /** One line per missing raw record (at most {@link ConservationAudit#EXAMPLES}), or why none could be made. */
    static String describe(String bootstrapServers, Properties settings) {
        try {
            AuditReport audit = new ConservationAudit(bootstrapServers, settings, Duration.ofSeconds(20)).run();
            StringBuilder out = new StringBuilder("audit: " + audit.missing() + " missing, " + audit.doubled()
                    + " doubled, " + audit.strays() + " strays");
            out.append("\n  ").append(openTransactions(bootstrapServers, settings));
            if (!audit.missingExamples().isEmpty()) {
                Topic raw = new Topic(bootstrapServers, settings, Topics.RAW);
                Topic gather = new Topic(bootstrapServers, settings, GATHER_CHANGELOG);
                Topic probes = new Topic(bootstrapServers, settings, PROBES);
                Topic verdicts = new Topic(bootstrapServers, settings, VERDICTS);
                for (RawPosition p : audit.missingExamples()) {
                    out.append("\n  ").append(where(p, raw, gather, probes, verdicts));
                }
            }
            return out.toString();
        } catch (Exception e) {
            return "no stall report: " + e;
        }
    }

    /** A topic read once to its end now: its committed records, and all of them (aborted ones too). */
    private record Topic(List<ConsumerRecord<byte[], byte[]>> committed, List<ConsumerRecord<byte[], byte[]>> all) {
        Topic(String bootstrap, Properties settings, String name) {
            this(read(bootstrap, settings, name, true), read(bootstrap, settings, name, false));
        }
    }

    /** Output and internal partitions whose committed end (last stable offset) is behind their end. */
    private static String openTransactions(String bootstrap, Properties settings) {
        List<String> topics = new ArrayList<>(Topics.ACCOUNTED);
        topics.addAll(List.of(PROBES, VERDICTS, GATHER_CHANGELOG));
        List<String> behind = new ArrayList<>();
        Properties committed = ClientConfigFactory.consumer(bootstrap, settings);
        Properties all = ClientConfigFactory.consumer(bootstrap, settings);
        all.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(committed, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             KafkaConsumer<byte[], byte[]> u = new KafkaConsumer<>(all, new ByteArrayDeserializer(),
                     new ByteArrayDeserializer())) {
            for (String topic : topics) {
                List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(i -> new TopicPartition(topic, i.partition())).toList();
                var stable = c.endOffsets(parts);
                var ends = u.endOffsets(parts);
                parts.stream().filter(tp -> stable.get(tp) < ends.get(tp))
                        .forEach(tp -> behind.add(tp + " stable " + stable.get(tp) + " < end " + ends.get(tp)));
            }
        }
        return "partitions with an open transaction: " + (behind.isEmpty() ? "none" : String.join(", ", behind));
    }

    private static String where(RawPosition p, Topic raw, Topic gather, Topic probes, Topic verdicts) {
        String id = raw.committed().stream().filter(r -> r.partition() == p.partition() && r.offset() == p.offset())
                .findFirst().map(r -> idOf(r.value())).orElse(null);
        if (id == null) {
            return p + ": no id";
        }
        String ref = GatherEntries.ref(id, p.partition(), p.offset());
        byte[] refBytes = ref.getBytes(StandardCharsets.UTF_8);
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        return p + " ref " + ref
                + " | gather entry: " + lastValue(gather.committed(), refBytes)
                + " | probe batches naming the id (committed/all): " + count(probes.committed(), idBytes, false)
                + "/" + count(probes.all(), idBytes, false)
                + " | verdict records (committed/all): " + count(verdicts.committed(), refBytes, true)
                + "/" + count(verdicts.all(), refBytes, true);
    }

    private static String idOf(byte[] json) {
        try {
            JsonNode n = JsonMapper.get().readTree(json);
            return n.path("id").isTextual() ? n.path("id").asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String lastValue(List<ConsumerRecord<byte[], byte[]>> records, byte[] key) {
        String last = "never written";
        for (ConsumerRecord<byte[], byte[]> r : records) {
            if (r.key() != null && Arrays.equals(r.key(), key)) {
                last = r.value() == null ? "deleted at " + r.partition() + "@" + r.offset()
                        : r.value().length + " bytes at " + r.partition() + "@" + r.offset() + verdictCount(r.value());
            }
        }
        return last;
    }

    private static String verdictCount(byte[] entry) {
        String count = GatherEntries.verdictCount(entry);
        return count == null ? "" : " (" + count + ")";
    }

    private static long count(List<ConsumerRecord<byte[], byte[]>> records, byte[] needle, boolean key) {
        return records.stream().filter(r -> {
            byte[] b = key ? r.key() : r.value();
            return b != null && (key ? Arrays.equals(b, needle) : contains(b, needle));
        }).count();
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Every record of {@code topic} up to its end now: committed ones only, or all (aborted ones too). */
    private static List<ConsumerRecord<byte[], byte[]>> read(String bootstrap, Properties settings, String topic,
                                                             boolean committed) {
        Properties p = ClientConfigFactory.consumer(bootstrap, settings);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, committed ? "read_committed" : "read_uncommitted");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            var ends = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && parts.stream().anyMatch(tp -> c.position(tp) < ends.get(tp))) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
