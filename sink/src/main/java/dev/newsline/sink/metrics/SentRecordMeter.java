package dev.newsline.sink.metrics;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Producer interceptor of the stream threads: counts records sent per topic, rejections per reason (read from the
 * first fields of the rejection), and the latency from the raw record's event time (which every output inherits as
 * its timestamp) to the send of each record on the three accounted topics.
 */
public final class SentRecordMeter implements ProducerInterceptor<byte[], byte[]> {

    @Override
    public ProducerRecord<byte[], byte[]> onSend(ProducerRecord<byte[], byte[]> record) {
        try {
            PipelineMeters.recordOut(record.topic());
            if (Topics.ACCOUNTED.contains(record.topic()) && record.timestamp() != null) {
                PipelineMeters.endToEnd(record.topic(),
                        Duration.ofMillis(Math.max(0, System.currentTimeMillis() - record.timestamp())));
            }
            if (Topics.REJECTED.equals(record.topic()) && record.value() != null) {
                PipelineMeters.rejection(reason(record.value()));
            }
        } catch (RuntimeException e) {
            // Metrics never cost a record.
        }
        return record;
    }

    /** The top-level {@code reason} of a rejection, read without parsing the (possibly large) rest. */
    static String reason(byte[] json) {
        try (JsonParser p = JsonMapper.get().getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "unknown";
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("reason".equals(field) && value == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
