package dev.newsline.sink.metrics;

import dev.newsline.ingest.errors.PipelineStage;
import java.util.ArrayDeque;
import java.util.Deque;
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

/**
 * Processor wrapper (KIP-1112) that times every processor and records the time per stage (read from the processor's
 * name, {@link PipelineStage}). A processor's {@code process} runs its downstream processors inside {@code forward},
 * so each one's own time is its time less what the processors it forwarded to took.
 */
public final class StageTimer implements ProcessorWrapper {

    /** Per thread: the time taken by the processors called from the one running now, one entry per nesting level. */
    private static final ThreadLocal<Deque<long[]>> NESTED = ThreadLocal.withInitial(ArrayDeque::new);

    @Override
    public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(
            String processorName, ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
        String stage = PipelineStage.of(processorName);
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
                        timed(stage, () -> inner.process(record));
                    }

                    @Override
                    public void close() {
                        inner.close();
                    }
                };
            }

            @Override
            public java.util.Set<org.apache.kafka.streams.state.StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        });
    }

    @Override
    public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(
            String processorName, FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
        String stage = PipelineStage.of(processorName);
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
                        timed(stage, () -> inner.process(record));
                    }

                    @Override
                    public void close() {
                        inner.close();
                    }
                };
            }

            @Override
            public java.util.Set<org.apache.kafka.streams.state.StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        });
    }

    private static void timed(String stage, Runnable process) {
        Deque<long[]> nested = NESTED.get();
        long[] inner = {0};
        nested.push(inner);
        long start = System.nanoTime();
        try {
            process.run();
        } finally {
            long took = System.nanoTime() - start;
            nested.pop();
            long[] outer = nested.peek();
            if (outer != null) {
                outer[0] += took;
            }
            PipelineMeters.stageTime(stage, took - inner[0]);
        }
    }
}
