package dev.newsline.sink.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.serde.JsonMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the top-level {@code origin} object ({@code topic}, {@code partition}, {@code offset}) that every
 * record on news.enriched, news.duplicates (flat) and news.rejected carries. Streams over the record and
 * skips every other field, so a record with a long article costs no tree.
 */
public final class OriginReader {

    private OriginReader() {
    }

    /** The origin, or empty when the value is not a JSON object or has no complete, well-typed origin. */
    public static Optional<Origin> read(byte[] json) {
        if (json == null) {
            return Optional.empty();
        }
        try (JsonParser parser = JsonMapper.get().getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("origin".equals(field) && value == JsonToken.START_OBJECT) {
                    return origin(parser);
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Origin> origin(JsonParser parser) throws IOException {
        String topic = null;
        long partition = -1;
        long offset = -1;
        long timestamp = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "topic" -> topic = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "partition" -> partition = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                case "offset" -> offset = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                case "timestamp" -> timestamp = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                default -> parser.skipChildren();
            }
        }
        if (topic == null || partition < 0 || partition > Integer.MAX_VALUE || offset < 0) {
            return Optional.empty();
        }
        return Optional.of(new Origin(topic, (int) partition, offset, timestamp));
    }
}
