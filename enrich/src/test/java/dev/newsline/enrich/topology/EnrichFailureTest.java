package dev.newsline.enrich.topology;

import org.apache.kafka.streams.StreamsConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.model.RejectedRecord;
import dev.newsline.ingest.topology.IngestStage;
import dev.newsline.ingest.topology.Topics;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * An article that makes enrichment fail is rejected by the enrich stage with its raw bytes exactly as delivered,
 * whatever the charset: the text it carries is re-encoded only when that gives the same bytes back.
 */
class EnrichFailureTest {

    @TempDir
    Path stateDir;

    private static final String PERSIAN = "بارش شدید باران در شمال کشور\n\nسازمان هواشناسی اعلام کرد که بارش شدید "
            + "باران در استان های گیلان و مازندران تا پایان هفته ادامه دارد.\n";
    private static final String ARABIC = "الأمطار الغزيرة تغلق الطرق\n\nأعلنت المديرية العامة للدفاع المدني اليوم أن "
            + "الأمطار الغزيرة أغلقت عدة طرق في منطقة جازان.\n";

    @Test
    void aFailureInEnrichRejectsNonUtf8InputWithItsExactBytes() {
        byte[] utf16WithBom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PERSIAN.getBytes(Charset.forName("UTF-16LE")));
        byte[] cp1256 = ARABIC.getBytes(Charset.forName("windows-1256"));

        // No language detector and no taggers: enrichment throws on every article it gets.
        Enrichers broken = new Enrichers(null, null, null);
        StreamsBuilder builder = new StreamsBuilder();
        EnrichStage.build(IngestStage.build(builder, NewslineSettings.defaults()), broken);
        Properties own = new Properties();
        own.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()); // not shared with parallel builds
        Properties config = StreamsConfigFactory.streamsConfig("dummy:9092", own);
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config)) {
            TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(Topics.RAW, new ByteArraySerializer(),
                    new ByteArraySerializer());
            raw.pipeInput(utf16WithBom);
            raw.pipeInput(new TestRecord<>(null, cp1256, new RecordHeaders().add("charset", "windows-1256".getBytes())));

            List<RejectedRecord> rejected = driver.createOutputTopic(Topics.REJECTED, new StringDeserializer(),
                    IngestStage.REJECTED_SERDE.deserializer()).readValuesToList();
            assertThat(rejected).extracting(RejectedRecord::stage).containsExactly("enrich", "enrich");
            assertThat(rejected).extracting(RejectedRecord::reason).containsOnly("INTERNAL_ERROR");
            // The stage's own rejection (not the exception handler's, which would name the processor).
            assertThat(rejected).extracting(RejectedRecord::message).allMatch(m -> !m.contains("in processor"));
            assertThat(Base64.getDecoder().decode(rejected.get(0).originalBase64())).isEqualTo(utf16WithBom);
            assertThat(Base64.getDecoder().decode(rejected.get(1).originalBase64())).isEqualTo(cp1256);
            assertThat(rejected.get(1).headers()).containsEntry("charset", "windows-1256");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
