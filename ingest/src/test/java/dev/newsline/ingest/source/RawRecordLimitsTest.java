package dev.newsline.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RawRecordLimitsTest {

    private static final int HEADERS = 40;

    @Test
    void aFileUpToMaxArticleBytesPassesAndOneByteMoreIsSkippedNamingTheSetting() {
        RawRecordLimits limits = new RawRecordLimits(524_288, 8 * 1024 * 1024, OptionalInt.empty());
        assertThat(limits.refusal(524_288, HEADERS)).isEmpty();
        assertThat(limits.refusal(524_289, HEADERS)).contains(
                "524289 bytes (512.0 KiB), more than newsline.max.article.bytes=524288");
        assertThat(limits.refusal(3_250_585, HEADERS)).contains(
                "3250585 bytes (3.1 MiB), more than newsline.max.article.bytes=524288");
    }

    @Test
    void theProducersMaxRequestSizeCountsTheFramingAndHeadersToo() {
        RawRecordLimits limits = new RawRecordLimits(2 * 1024 * 1024, 100_000, OptionalInt.empty());
        int fits = 100_000 - RawRecordLimits.FRAMING_BYTES - HEADERS;
        assertThat(limits.refusal(fits, HEADERS)).isEmpty();
        assertThat(limits.refusal(fits + 1, HEADERS)).hasValueSatisfying(reason ->
                assertThat(reason).endsWith("more than the producer's max.request.size=100000 allows with headers"));
    }

    @Test
    void aKnownTopicLimitIsCheckedAndWarnedAboutWhenItIsBelowTheArticleLimit() {
        RawRecordLimits limits = new RawRecordLimits(524_288, 8 * 1024 * 1024, OptionalInt.of(300_000));
        assertThat(limits.refusal(400_000, HEADERS)).hasValueSatisfying(reason ->
                assertThat(reason).isEqualTo("400000 bytes (390.6 KiB), more than news.raw's max.message.bytes=300000 allows with headers"));
        assertThat(limits.topicTooSmall()).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("news.raw accepts records up to max.message.bytes=300000, less than newsline.max.article.bytes=524288")
                .contains("raise the topic's max.message.bytes to " + RawTopic.MAX_MESSAGE_BYTES));
        assertThat(new RawRecordLimits(524_288, 8 * 1024 * 1024, OptionalInt.of(RawTopic.MAX_MESSAGE_BYTES)).topicTooSmall()).isEmpty();
        assertThat(new RawRecordLimits(524_288, 8 * 1024 * 1024, OptionalInt.empty()).topicTooSmall()).isEmpty();
    }

    @Test
    void smallSizesAreInBytesOnly() {
        assertThat(RawRecordLimits.describe(0)).isEqualTo("0 bytes");
        assertThat(RawRecordLimits.describe(1023)).isEqualTo("1023 bytes");
        assertThat(RawRecordLimits.describe(3000)).isEqualTo("3000 bytes (2.9 KiB)");
    }
}
