package dev.newsline.ingest.errors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.model.CarriesOriginal;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.OriginalBytes;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.HeaderStrings;
import dev.newsline.ingest.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * What a rejection of a failed record carries: the raw record's key, bytes, headers and origin.
 *
 * <p>Found in this order: the bytes Kafka Streams kept of a record read from news.raw (exact by definition); an
 * article in the failed value, typed ({@link CarriesOriginal}) or in its JSON, at the top or under {@code article}
 * (how dedup's internal records hold it); else the internal record itself, with {@code article} false.
 *
 * @param key      the raw record's key, else the failed record's key, or null
 * @param original the raw record's value as delivered; for an internal record, its own bytes
 * @param headers  the raw record's headers
 * @param origin   where the raw record was read; for an internal record, where that record was read
 * @param article  false when no article was found: the rejection then stands for an internal record
 */
public record FailedRecord(byte[] key, byte[] original, Map<String, String> headers, Origin origin, boolean article) {

    /** Fields of an article in JSON that together give its raw record back. */
    private record JsonCopy(String original, String charset, String originalRaw, Map<String, String> headers,
                            Origin origin) implements CarriesOriginal {
        @Override
        public byte[] originalBytes() {
            return OriginalBytes.of(original, charset, originalRaw);
        }
    }

    /** The record behind a failure in processing or in writing: {@code key} and {@code value} are the failed ones. */
    public static FailedRecord of(ErrorHandlerContext context, Object key, Object value) {
        if (Topics.RAW.equals(context.topic()) && context.sourceRawValue() != null) {
            return new FailedRecord(context.sourceRawKey(), context.sourceRawValue(), HeaderStrings.of(context.headers()),
                    origin(context), true);
        }
        CarriesOriginal carried = carried(value);
        if (carried != null) {
            return new FailedRecord(keyBytes(key), carried.originalBytes(), carried.headers(), carried.origin(), true);
        }
        byte[] own = context.sourceRawValue() != null ? context.sourceRawValue() : json(value);
        return new FailedRecord(context.sourceRawKey(), own, HeaderStrings.of(context.headers()), origin(context), false);
    }

    /**
     * The record behind a send the broker refused: only the written record itself can tell, since the callback runs
     * when Kafka Streams may already be processing another record.
     */
    public static FailedRecord ofSent(ProducerRecord<byte[], byte[]> sent) {
        Origin where = new Origin(sent.topic(), sent.partition() == null ? -1 : sent.partition(), -1,
                sent.timestamp() == null ? -1 : sent.timestamp());
        CarriesOriginal carried = carried(sent.value());
        return carried != null
                ? new FailedRecord(sent.key(), carried.originalBytes(), carried.headers(), carried.origin(), true)
                : new FailedRecord(sent.key(), sent.value(), HeaderStrings.of(sent.headers()), where, false);
    }

    /** The record behind a failure to read {@code record} from a topic. */
    public static FailedRecord of(ConsumerRecord<byte[], byte[]> record) {
        Origin where = new Origin(record.topic(), record.partition(), record.offset(), record.timestamp());
        if (Topics.RAW.equals(record.topic())) {
            return new FailedRecord(record.key(), record.value(), HeaderStrings.of(record.headers()), where, true);
        }
        CarriesOriginal carried = carried(record.value());
        return carried != null
                ? new FailedRecord(record.key(), carried.originalBytes(), carried.headers(), carried.origin(), true)
                : new FailedRecord(record.key(), record.value(), HeaderStrings.of(record.headers()), where, false);
    }

    private static CarriesOriginal carried(Object value) {
        if (value instanceof CarriesOriginal c) {
            return c;
        }
        JsonNode node = tree(value);
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode article = hasArticle(node) ? node : node.get("article");
        if (article == null || !hasArticle(article)) {
            return null;
        }
        try {
            return JsonMapper.get().treeToValue(article, JsonCopy.class);
        } catch (Exception unreadable) {
            return null;
        }
    }

    private static boolean hasArticle(JsonNode node) {
        return node.isObject() && node.hasNonNull("original") && node.hasNonNull("origin");
    }

    private static JsonNode tree(Object value) {
        try {
            if (value instanceof byte[] bytes) {
                return JsonMapper.get().readTree(bytes);
            }
            return value == null ? null : JsonMapper.get().valueToTree(value);
        } catch (Exception notJson) {
            return null;
        }
    }

    private static byte[] json(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        try {
            return value == null ? null : JsonMapper.get().writeValueAsBytes(value);
        } catch (Exception unwritable) {
            return null;
        }
    }

    private static byte[] keyBytes(Object key) {
        if (key instanceof byte[] bytes) {
            return bytes;
        }
        return key instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : null;
    }

    private static Origin origin(ErrorHandlerContext context) {
        return new Origin(context.topic(), context.partition(), context.offset(), context.timestamp());
    }
}
