package dev.newsline.sink.stage;

import dev.newsline.ingest.errors.OutputLimit;
import dev.newsline.ingest.errors.OutputTooLargeException;
import dev.newsline.ingest.model.CarriesOriginal;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Writes each record as its output topic will get it and checks the size before the producer sees it: a record
 * too large throws {@link OutputTooLargeException}, which the processing exception handler turns into a rejection
 * with the article's original bytes, and nothing of it is written anywhere.
 */
final class OutputEncoder<V, O> implements FixedKeyProcessor<String, V, Encoded<V>> {

    private final String topic;
    private final Function<V, CarriesOriginal> source;
    private final Function<V, O> output;
    private final Serializer<O> serializer;
    private final Function<V, byte[]> alreadyWritten;
    private final int maxBytes;
    private FixedKeyProcessorContext<String, Encoded<V>> context;

    /** An encoder that writes every record. */
    OutputEncoder(String topic, Function<V, CarriesOriginal> source, Function<V, O> output, Serializer<O> serializer,
                  int maxBytes) {
        this(topic, source, output, serializer, v -> null, maxBytes);
    }

    /**
     * @param source         the article in the record, which still knows its raw bytes
     * @param output         the record as written (internal fields dropped)
     * @param serializer     how it is written
     * @param alreadyWritten the bytes {@code serializer} would write for the record, when an earlier step has them
     *                       already, else null
     * @param maxBytes       the largest value {@code topic} accepts
     */
    OutputEncoder(String topic, Function<V, CarriesOriginal> source, Function<V, O> output, Serializer<O> serializer,
                  Function<V, byte[]> alreadyWritten, int maxBytes) {
        this.topic = topic;
        this.source = source;
        this.output = output;
        this.serializer = serializer;
        this.alreadyWritten = alreadyWritten;
        this.maxBytes = maxBytes;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Encoded<V>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        byte[] json = alreadyWritten.apply(record.value());
        if (json == null) {
            json = serializer.serialize(topic, output.apply(record.value()));
        }
        // The Kafka headers copied from the raw record travel with it: the headroom takes half of it for them,
        // larger ones count against the value.
        long size = (long) json.length + Math.max(0, headerBytes(record.headers()) - OutputLimit.HEADROOM_BYTES / 2);
        if (size > maxBytes) {
            throw new OutputTooLargeException(topic, size, maxBytes);
        }
        context.forward(record.withValue(new Encoded<>(record.value(), json, source.apply(record.value()))));
    }

    private static long headerBytes(Headers headers) {
        long bytes = 0;
        for (Header h : headers) {
            bytes += h.key().length() * 3L + (h.value() == null ? 0 : h.value().length);
        }
        return bytes;
    }
}
