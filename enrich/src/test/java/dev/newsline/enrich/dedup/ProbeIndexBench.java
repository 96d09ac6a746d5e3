package dev.newsline.enrich.dedup;

import java.nio.ByteBuffer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.state.KeyValueStore;

/** Test access to the index processor and its RocksDB store outside a topology, for the benchmark. */
public final class ProbeIndexBench {

    private ProbeIndexBench() {
    }

    /** The real index store (RocksDB, changelog off), registered with {@code context}. */
    public static KeyValueStore<Bytes, byte[]> store(MockProcessorContext<?, ?> context) {
        KeyValueStore<Bytes, byte[]> store = ProbeIndex.storeBuilder().withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }

    /** The index processor, initialised on {@code context}. */
    public static Processor<Integer, ProbeBatch, String, VerdictBatch> processor(DedupSettings settings,
                                                                            MockProcessorContext<String, VerdictBatch> context) {
        ProbeIndexProcessor p = new ProbeIndexProcessor(settings);
        p.init(context);
        return p;
    }

    /** A probe key as the fingerprinter makes it: exact kinds for the first three probes, then bands. */
    public static byte[] probeKey(int probe, long hash) {
        ProbeKind kind = probe == 0 ? ProbeKind.ID : probe == 1 ? ProbeKind.URL : probe == 2 ? ProbeKind.CONTENT : ProbeKind.BAND;
        byte[] value = probe < 3 ? ByteBuffer.allocate(12).putLong(hash).putInt((int) (hash >>> 17)).array()
                : ByteBuffer.allocate(8).putLong(hash).array();
        return kind.key(value).get();
    }

    /** Flushes memtables so the bytes on disk are the store's size. */
    public static void flush(KeyValueStore<?, ?> store) {
        store.flush();
    }
}
