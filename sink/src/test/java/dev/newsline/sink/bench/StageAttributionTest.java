package dev.newsline.sink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each CPU sample goes to the stage of its innermost named frame; JDK and unnamed libraries count for their caller. */
class StageAttributionTest {

    @Test
    void aHashMapLookupUnderMinHashIsFingerprinting() {
        assertThat(StageAttribution.of(List.of("java.util.HashMap", "dev.newsline.enrich.dedup.MinHasher",
                "dev.newsline.enrich.dedup.FingerprintProcessor", "org.apache.kafka.streams.processor.internals.ProcessorNode")))
                .isEqualTo(Stage.FINGERPRINT);
    }

    @Test
    void jacksonCalledFromProjectCodeIsSerialization() {
        assertThat(StageAttribution.of(List.of("com.fasterxml.jackson.core.json.UTF8JsonGenerator",
                "dev.newsline.sink.stage.OutputEncoder"))).isEqualTo(Stage.SERDE);
    }

    @Test
    void icuUnderTheNormalizerIsNormalizingAndLinguaIsLanguage() {
        assertThat(StageAttribution.of(List.of("com.ibm.icu.text.Normalizer2Impl",
                "dev.newsline.enrich.normalize.TextNormalizer"))).isEqualTo(Stage.NORMALIZE);
        assertThat(StageAttribution.of(List.of("java.lang.String", "com.github.pemistahl.lingua.api.LanguageDetector",
                "dev.newsline.enrich.language.LanguageStage"))).isEqualTo(Stage.LANGUAGE);
    }

    @Test
    void theParsersAndTheDedupIndexHaveTheirStages() {
        assertThat(StageAttribution.of(List.of("dev.newsline.ingest.decode.CharsetDetector"))).isEqualTo(Stage.PARSE);
        assertThat(StageAttribution.of(List.of("dev.newsline.ingest.read.RawArticleReader"))).isEqualTo(Stage.PARSE);
        assertThat(StageAttribution.of(List.of("dev.newsline.enrich.tag.country.CountryTagger"))).isEqualTo(Stage.TAGS);
        assertThat(StageAttribution.of(List.of("org.rocksdb.RocksDB", "org.apache.kafka.streams.state.internals.RocksDBStore",
                "dev.newsline.enrich.dedup.ProbeIndexProcessor"))).isEqualTo(Stage.DEDUP_INDEX);
        assertThat(StageAttribution.of(List.of("dev.newsline.enrich.dedup.ProbeIndex"))).isEqualTo(Stage.DEDUP_INDEX);
    }

    @Test
    void unnamedProjectCodeIsOtherAndDoesNotFallThroughToKafka() {
        assertThat(StageAttribution.of(List.of("dev.newsline.enrich.dedup.VerdictGatherer",
                "org.apache.kafka.streams.processor.internals.StreamTask"))).isEqualTo(Stage.OTHER);
    }

    @Test
    void clientFramesAreKafkaAndAnyBrokerFrameMakesTheSampleTheBrokers() {
        assertThat(StageAttribution.of(List.of("sun.nio.ch.SocketDispatcher",
                "org.apache.kafka.clients.producer.internals.Sender"))).isEqualTo(Stage.KAFKA);
        assertThat(StageAttribution.of(List.of("org.apache.kafka.common.record.MemoryRecords",
                "kafka.server.KafkaRequestHandler"))).isEqualTo(Stage.BROKER);
    }

    @Test
    void aStackOfOnlyJdkFramesIsOther() {
        assertThat(StageAttribution.of(List.of("java.lang.Thread", "jdk.internal.misc.Unsafe"))).isEqualTo(Stage.OTHER);
        assertThat(StageAttribution.of(List.of())).isEqualTo(Stage.OTHER);
    }
}
