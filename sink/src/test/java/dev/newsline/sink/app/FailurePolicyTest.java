package dev.newsline.sink.app;

import org.apache.kafka.streams.StreamsConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.SettingKeys;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.errors.FailureCounter;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.stage.OutputTopics;
import dev.newsline.sink.stage.SinkStage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The failure policy on the whole topology (TopologyTestDriver): a record that makes any processor throw, cannot
 * be read from a repartition topic, is too large for its output topic or carries a negative timestamp costs at
 * most one rejection with its raw bytes exactly as delivered, and nothing else anywhere.
 */
class FailurePolicyTest {

    private static final String MARKER = "POISON";
    private static final String PERSIAN = "POISON بارش شدید باران در شمال کشور\n\nسازمان هواشناسی اعلام کرد که بارش "
            + "شدید باران در استان های گیلان و مازندران تا پایان هفته ادامه دارد.\n";
    private static final String PERSIAN_2 = "POISON زلزله در جنوب ایران\n\nزمین لرزه ای به بزرگی پنج ریشتر امروز صبح "
            + "استان هرمزگان را لرزاند و خسارتی گزارش نشده است.\n";
    private static final String ARABIC = "POISON الأمطار الغزيرة تغلق الطرق\n\nأعلنت المديرية العامة للدفاع المدني "
            + "اليوم أن الأمطار الغزيرة أغلقت عدة طرق في منطقة جازان.\n";
    private static final String ARABIC_2 = "POISON افتتاح معرض الكتاب في القاهرة\n\nافتتح وزير الثقافة اليوم معرض "
            + "القاهرة الدولي للكتاب بمشاركة مئات دور النشر من العالم العربي.\n";

    private static Enrichers enrichers;

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private final Map<String, List<String>> written = new java.util.TreeMap<>();

    @BeforeAll
    static void loadModels() {
        enrichers = Enrichers.load(NewslineSettings.defaults());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"enrich-article", "dedup-park", "sink-encode-enriched"})
    void aRecordThatMakesAProcessorThrowCostsExactlyOneRejectionWithItsRawBytes(String processor) {
        start(FailureInjector.config(processor, MARKER), OutputTopics.assumeAll());
        long rejectedBefore = FailureCounter.REJECTED.value();
        byte[] poison = utf8("POISON in the title\n\nA body that makes a processor throw.");

        raw.pipeInput(utf8("Storm closes schools\n\nSchools closed across the region on Monday."));
        raw.pipeInput(new TestRecord<>(null, poison, new RecordHeaders().add("filename", utf8("poison.txt"))));
        raw.pipeInput(utf8("Markets rally on Friday\n\nStocks rose sharply in early trading on Friday."));

        List<JsonNode> rejected = read(Topics.REJECTED);
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.path("reason").asText()).isEqualTo("INTERNAL_ERROR");
            assertThat(r.path("message").asText()).contains("failure injected in " + processor).doesNotContain("\n");
            assertThat(Base64.getDecoder().decode(r.path("original_base64").asText())).isEqualTo(poison);
            assertThat(r.path("original_truncated").asBoolean()).isFalse();
            assertThat(r.path("headers").path("filename").asText()).isEqualTo("poison.txt");
            assertThat(r.path("origin").path("topic").asText()).isEqualTo(Topics.RAW);
            assertThat(r.path("origin").path("offset").asLong()).isEqualTo(1);
        });
        assertThat(read(Topics.ENRICHED)).extracting(a -> a.path("title").asText())
                .containsExactly("Storm closes schools", "Markets rally on Friday");
        assertThat(read(Topics.DUPLICATES)).isEmpty();
        assertThat(outputsMentioning(MARKER)).as("output records that carry the poison article").isEmpty();
        assertThat(FailureCounter.REJECTED.value() - rejectedBefore).isEqualTo(1);
    }

    @Test
    void nonUtf8InputsFailingAfterTheRepartitionsAreRejectedWithTheirExactBytes() {
        start(FailureInjector.config("sink-encode-enriched", MARKER), OutputTopics.assumeAll());
        List<byte[]> inputs = List.of(withBom(PERSIAN, "UTF-16LE", 0xFF, 0xFE), withBom(PERSIAN_2, "UTF-16BE", 0xFE, 0xFF),
                withBom(ARABIC, "UTF-8", 0xEF, 0xBB, 0xBF), ARABIC_2.getBytes(Charset.forName("windows-1256")));

        for (byte[] input : inputs) {
            raw.pipeInput(new TestRecord<>(null, input, new RecordHeaders()));
        }

        List<JsonNode> rejected = read(Topics.REJECTED);
        assertThat(rejected).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode r = rejected.get(i);
            assertThat(r.path("stage").asText()).isEqualTo("sink");
            assertThat(Base64.getDecoder().decode(r.path("original_base64").asText())).as("input %d", i)
                    .isEqualTo(inputs.get(i));
        }
        assertThat(read(Topics.ENRICHED)).isEmpty();
        assertThat(read(Topics.DUPLICATES)).isEmpty();
    }

    @Test
    void anArticleTooLargeForNewsEnrichedBecomesARejectionWithItsExactBytes() {
        start(new Properties(), OutputTopics.assumeAllExisting(Map.of(Topics.ENRICHED, 4000)));
        byte[] large = withBom("A long storm report\n\n" + "Rain fell on the city all day long. ".repeat(60),
                "UTF-16LE", 0xFF, 0xFE);

        raw.pipeInput(large);
        raw.pipeInput(utf8("Short note\n\nA short body that fits."));

        assertThat(read(Topics.REJECTED)).singleElement().satisfies(r -> {
            assertThat(r.path("reason").asText()).isEqualTo("OUTPUT_TOO_LARGE");
            assertThat(r.path("message").asText()).contains(Topics.ENRICHED);
            assertThat(Base64.getDecoder().decode(r.path("original_base64").asText())).isEqualTo(large);
        });
        assertThat(read(Topics.ENRICHED)).extracting(a -> a.path("title").asText()).containsExactly("Short note");
        assertThat(outputsMentioning("A long storm report")).isEmpty();
    }

    @Test
    void aNegativeTimestampIsReplacedAndTheStreamGoesOn() {
        start(new Properties(), OutputTopics.assumeAll());
        long replacedBefore = FailureCounter.TIMESTAMP_REPLACED.value();

        raw.pipeInput(new TestRecord<>(null, utf8("First\n\nA record with a proper timestamp."), Instant.ofEpochMilli(5_000)));
        raw.pipeInput(new TestRecord<>(null, utf8("Second\n\nA record from an old client."), Instant.ofEpochMilli(-1)));
        raw.pipeInput(new TestRecord<>(null, utf8("Third\n\nThe stream goes on."), Instant.ofEpochMilli(9_000)));

        List<JsonNode> enriched = read(Topics.ENRICHED);
        assertThat(enriched).extracting(a -> a.path("title").asText()).containsExactly("First", "Second", "Third");
        assertThat(enriched.get(1).path("origin").path("timestamp").asLong()).isEqualTo(5_000);
        assertThat(enriched.get(1).path("event_time").asText()).isEqualTo("1970-01-01T00:00:05Z");
        assertThat(FailureCounter.TIMESTAMP_REPLACED.value() - replacedBefore).isEqualTo(1);
        assertThat(read(Topics.REJECTED)).isEmpty();
    }

    @Test
    void aRecordThatCannotBeReadFromARepartitionTopicIsRejectedWithTheArticlesBytesWhenItHoldsThem() throws Exception {
        // At least once here: the driver deserializes while a record is enqueued and then clears its mock producer's
        // uncommitted sends, which under exactly-once would lose the handler's record (a driver artefact: Kafka Streams
        // commits it with the next transaction).
        Properties atLeastOnce = new Properties();
        atLeastOnce.put("processing.guarantee", "at_least_once");
        start(atLeastOnce, OutputTopics.assumeAll());
        long internalBefore = FailureCounter.INTERNAL_RECORD_REJECTED.value();
        // the sink state's repartition topic: the one internal topic that carries whole articles as JSON
        String repartition = StreamsConfigFactory.APPLICATION_ID + "-" + SinkStage.STATE_TOPIC + "-repartition";
        TestInputTopic<byte[], byte[]> internal = driver.createInputTopic(repartition, new ByteArraySerializer(),
                new ByteArraySerializer());
        byte[] original = withBom("Title\n\nBody", "UTF-16LE", 0xFF, 0xFE);
        String article = "{\"title\":\"Title\",\"original\":\"Title\\n\\nBody\",\"charset\":\"UTF-16LE\",\"original_raw\":\""
                + Base64.getEncoder().encodeToString(original) + "\",\"headers\":{\"filename\":\"a.txt\"},"
                + "\"origin\":{\"topic\":\"news.raw\",\"partition\":2,\"offset\":7,\"timestamp\":1}}";

        internal.pipeInput(utf8("{not json"));
        internal.pipeInput(utf8("{\"article\":" + article + ",\"duplicate_of\":[\"not\",\"a\",\"string\"]}"));
        raw.pipeInput(utf8("Still going\n\nThe stream goes on after records it cannot read."));

        List<JsonNode> rejected = read(Topics.REJECTED);
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).path("origin").path("topic").asText()).isEqualTo(repartition);
        assertThat(Base64.getDecoder().decode(rejected.get(0).path("original_base64").asText()))
                .isEqualTo(utf8("{not json"));
        assertThat(rejected.get(1).path("origin").path("offset").asLong()).isEqualTo(7);
        assertThat(rejected.get(1).path("headers").path("filename").asText()).isEqualTo("a.txt");
        assertThat(Base64.getDecoder().decode(rejected.get(1).path("original_base64").asText())).isEqualTo(original);
        assertThat(read(Topics.ENRICHED)).extracting(a -> a.path("title").asText()).containsExactly("Still going");
        assertThat(FailureCounter.INTERNAL_RECORD_REJECTED.value() - internalBefore).isEqualTo(1);
    }

    private void start(Properties extra, OutputTopics topics) {
        extra.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()); // not shared with parallel builds
        // the driver runs the topology in one thread, in order: no copy's claim can come late
        extra.put(SettingKeys.DEDUP_ORIGINAL_HOLD.name(), "PT0S");
        Properties config = StreamsConfigFactory.streamsConfig("dummy:9092", extra);
        driver = new TopologyTestDriver(NewslineTopology.build(config, enrichers, topics), config);
        raw = driver.createInputTopic(Topics.RAW, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private List<JsonNode> read(String topic) {
        return outputs().getOrDefault(topic, List.of()).stream().map(FailurePolicyTest::json).toList();
    }

    /** Records on any output topic (accounted or per-tag) whose text contains {@code text}. */
    private List<String> outputsMentioning(String text) {
        List<String> found = new ArrayList<>();
        outputs().forEach((topic, values) -> values.stream().filter(v -> v.contains(text))
                .forEach(v -> found.add(topic + ": " + v)));
        return found;
    }

    /** Every record written to a news.* topic so far, read once (the driver forgets what was read). */
    private Map<String, List<String>> outputs() {
        for (String topic : driver.producedTopicNames()) {
            if (topic.startsWith("news.")) {
                written.computeIfAbsent(topic, t -> new ArrayList<>()).addAll(driver.createOutputTopic(topic,
                        new StringDeserializer(), new StringDeserializer()).readValuesToList());
            }
        }
        return written;
    }

    private static JsonNode json(String value) {
        try {
            return JsonMapper.get().readTree(value);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String text, String charset, int... bom) {
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] out = new byte[bom.length + body.length];
        for (int i = 0; i < bom.length; i++) {
            out[i] = (byte) bom[i];
        }
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
