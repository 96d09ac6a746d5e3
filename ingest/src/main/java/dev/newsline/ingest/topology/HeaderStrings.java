package dev.newsline.ingest.topology;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Kafka record headers as the string map records carry (values read as UTF-8, in order, last one wins). */
public final class HeaderStrings {

    private HeaderStrings() {
    }

    /** The headers as strings; an empty map for none. */
    public static Map<String, String> of(Headers headers) {
        Map<String, String> map = new LinkedHashMap<>();
        if (headers != null) {
            for (Header h : headers) {
                map.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        return map;
    }
}
