package dev.newsline.sink.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.enrich.dedup.Fingerprint;
import dev.newsline.ingest.serde.JsonMapper;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.ProcessorWrapper;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.WrappedFixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.WrappedProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Test {@link ProcessorWrapper} (KIP-1112): the processor named {@link #PROCESSOR} throws for every record whose
 * article title contains {@link #MARKER}, before it does anything else; every other processor and record is left
 * alone. Injects failures anywhere in the real topology without a seam in production code.
 */
public final class FailureInjector implements ProcessorWrapper {

    /** Config key: name of the processor that throws. */
    public static final String PROCESSOR = "failure.injector.processor";
    /** Config key: text in a title that makes it throw. */
    public static final String MARKER = "failure.injector.marker";
    /**
     * Config key: {@code record} (default) throws an exception about the record, which becomes a rejection;
     * {@code streams} throws one of Kafka Streams itself, which fails the stream thread.
     */
    public static final String KIND = "failure.injector.kind";

    private String processor;
    private String marker;
    private boolean streamsFailure;

    /** The settings that make {@code processor} throw on titles containing {@code marker}. */
    public static Properties config(String processor, String marker) {
        Properties p = new Properties();
        p.put("processor.wrapper.class", FailureInjector.class.getName());
        p.put(PROCESSOR, processor);
        p.put(MARKER, marker);
        return p;
    }

    @Override
    public void configure(Map<String, ?> configs) {
        processor = String.valueOf(configs.get(PROCESSOR));
        marker = String.valueOf(configs.get(MARKER));
        streamsFailure = "streams".equals(configs.get(KIND));
    }

    @Override
    public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(
            String name, ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
        if (!name.equals(processor)) {
            return ProcessorWrapper.asWrapped(supplier);
        }
        return ProcessorWrapper.asWrapped(new ProcessorSupplier<>() {
            @Override
            public Processor<KIn, VIn, KOut, VOut> get() {
                Processor<KIn, VIn, KOut, VOut> inner = supplier.get();
                return new Processor<>() {
                    @Override
                    public void init(ProcessorContext<KOut, VOut> context) {
                        inner.init(context);
                    }

                    @Override
                    public void process(Record<KIn, VIn> record) {
                        throwIfMarked(name, record.value());
                        inner.process(record);
                    }

                    @Override
                    public void close() {
                        inner.close();
                    }
                };
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        });
    }

    @Override
    public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(
            String name, FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
        if (!name.equals(processor)) {
            return ProcessorWrapper.asWrappedFixedKey(supplier);
        }
        return ProcessorWrapper.asWrappedFixedKey(new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<KIn, VIn, VOut> get() {
                FixedKeyProcessor<KIn, VIn, VOut> inner = supplier.get();
                return new FixedKeyProcessor<>() {
                    @Override
                    public void init(FixedKeyProcessorContext<KIn, VOut> context) {
                        inner.init(context);
                    }

                    @Override
                    public void process(FixedKeyRecord<KIn, VIn> record) {
                        throwIfMarked(name, record.value());
                        inner.process(record);
                    }

                    @Override
                    public void close() {
                        inner.close();
                    }
                };
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        });
    }

    private void throwIfMarked(String name, Object value) {
        if (title(value).contains(marker)) {
            throw streamsFailure ? new StreamsException("Streams failure injected in " + name)
                    : new IllegalStateException("failure injected in " + name);
        }
    }

    private static String title(Object value) {
        if (value == null || value instanceof byte[]) {
            return "";
        }
        if (value instanceof Fingerprint f) {
            return f.article().title() == null ? "" : f.article().title(); // its probes are bytes, not JSON
        }
        // The article's title wherever the record holds it (top level, under "article", "text" or "value").
        JsonNode title = JsonMapper.get().<JsonNode>valueToTree(value).findValue("title");
        return title == null ? "" : title.asText("");
    }
}
