package dev.newsline.sink.stage;

import dev.newsline.ingest.model.CarriesOriginal;
import dev.newsline.ingest.model.Origin;
import java.util.Map;

/**
 * An output record already written as JSON, with what it was written from: serialized once, checked for size once,
 * and the same bytes go to news.enriched and every per-tag topic.
 *
 * @param value  the record it was written from
 * @param json   the record as the output topic gets it
 * @param source the article in it, which still knows its raw bytes (for a rejection if writing fails)
 */
record Encoded<V>(V value, byte[] json, CarriesOriginal source) implements CarriesOriginal {

    @Override
    public byte[] originalBytes() {
        return source.originalBytes();
    }

    @Override
    public Map<String, String> headers() {
        return source.headers();
    }

    @Override
    public Origin origin() {
        return source.origin();
    }
}
