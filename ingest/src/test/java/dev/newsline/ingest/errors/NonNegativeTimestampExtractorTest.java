package dev.newsline.ingest.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.topology.EventTimeHeader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class NonNegativeTimestampExtractorTest {

    private static final long SENT = Instant.parse("2026-12-06T12:00:00Z").toEpochMilli();
    private static final long PUBLISHED = Instant.parse("2019-03-04T08:30:00Z").toEpochMilli();

    private final NonNegativeTimestampExtractor extractor = new NonNegativeTimestampExtractor();

    @Test
    void theEventTimeHeaderOfARecordStampedWhenSentIsTheArticlesTime() {
        RecordHeaders headers = new RecordHeaders();
        EventTimeHeader.add(headers, PUBLISHED);

        assertThat(extractor.extract(record(SENT, headers), -1)).isEqualTo(PUBLISHED);
    }

    @Test
    void withoutTheHeaderTheRecordsOwnTimestampIsTheEventTime() {
        assertThat(extractor.extract(record(SENT, new RecordHeaders()), -1)).isEqualTo(SENT);
    }

    @Test
    void anUnreadableOrOverlongHeaderIsIgnored() {
        for (String bad : new String[] {"yesterday", "1551688200000", "2019-03-04T08:30:00Z".repeat(3), "1969-12-31T23:59:59Z"}) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(EventTimeHeader.NAME, bad.getBytes(StandardCharsets.UTF_8));

            assertThat(extractor.extract(record(SENT, headers), -1)).as(bad).isEqualTo(SENT);
        }
    }

    @Test
    void aNegativeTimestampWithoutHeaderTakesThePartitionsStreamTime() {
        assertThat(extractor.extract(record(-1, new RecordHeaders()), PUBLISHED)).isEqualTo(PUBLISHED);
    }

    @Test
    void noHeaderIsWrittenForAnUnknownEventTime() {
        RecordHeaders headers = new RecordHeaders();
        EventTimeHeader.add(headers, -1);

        assertThat(headers.toArray()).isEmpty();
        assertThat(EventTimeHeader.bytes(-1)).isZero();
    }

    private static ConsumerRecord<Object, Object> record(long timestamp, RecordHeaders headers) {
        return new ConsumerRecord<>("news.raw", 0, 7, timestamp, TimestampType.CREATE_TIME, 0, 0, null, new byte[0],
                headers, Optional.empty());
    }
}
