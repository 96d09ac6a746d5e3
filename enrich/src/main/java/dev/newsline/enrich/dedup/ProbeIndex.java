package dev.newsline.enrich.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The index of one band task: probe key → order keys of the articles indexed under it in the last window.
 * Keys are prefixed with a time bucket of half a window, so a lookup is four point gets (RocksDB's bloom
 * filters answer the usual "never seen" without reading data) and expiry is a prefix delete of the
 * buckets that fell out of the window, done a little on every call so it never pauses the task.
 * A value that does not decode ({@link IndexValueFormat}) is reported, read as what of it checked out, and
 * rewritten with that (or deleted), so the store and its changelog heal instead of failing every reader.
 */
final class ProbeIndex {

    /** Name of the RocksDB key-value store (changelogged). */
    static final String STORE = "dedup-probe-index";
    /** Entries kept per key and bucket: the earliest processed, which are the ones that can be originals. */
    static final int MAX_ENTRIES = 8;
    private static final int PURGE_PER_CALL = 64;
    static final Comparator<OrderKey> FIRST_PROCESSED =
            Comparator.comparingLong(OrderKey::processedAt).thenComparing(OrderKey.EARLIEST);

    private final KeyValueStore<Bytes, byte[]> store;
    private final long bucketMs;
    private final Consumer<String> corrupt;
    private long purgedBelow = -1;
    private Bytes purgeFrom;

    /** An index over {@code store}; {@code corrupt} hears of each unreadable value (once: it is repaired). */
    ProbeIndex(KeyValueStore<Bytes, byte[]> store, long windowMs, Consumer<String> corrupt) {
        this.store = store;
        this.bucketMs = Math.max(1, windowMs / 2);
        this.corrupt = corrupt;
    }

    static StoreBuilder<KeyValueStore<Bytes, byte[]>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.Bytes(), Serdes.ByteArray());
    }

    /** Entries under {@code probe} filed from two buckets before {@code time} to one after it (clock skew). */
    List<OrderKey> entries(Bytes probe, long time) {
        long b = bucket(time);
        List<OrderKey> out = new ArrayList<>();
        for (long i = Math.max(0, b - 2); i <= b + 1; i++) {
            out.addAll(read(key(i, probe)));
        }
        return out;
    }

    /** Files {@code entry} under {@code probe} in the bucket of its index time. */
    void add(Bytes probe, OrderKey entry) {
        Bytes key = keyAt(probe, entry.indexTime());
        List<OrderKey> entries = new ArrayList<>(read(key));
        entries.add(entry);
        if (entries.size() > MAX_ENTRIES) {
            entries.sort(FIRST_PROCESSED);
            entries = entries.subList(0, MAX_ENTRIES);
        }
        store.put(key, IndexValueFormat.encode(entries));
    }

    private List<OrderKey> read(Bytes key) {
        IndexValueFormat.Decoded d = IndexValueFormat.decode(store.get(key));
        if (d.corrupt()) {
            corrupt.accept(d.problem() + " under key " + HexFormat.of().formatHex(key.get()));
            if (d.entries().isEmpty()) {
                store.delete(key);
            } else {
                store.put(key, IndexValueFormat.encode(d.entries()));
            }
        }
        return d.entries();
    }

    /** Deletes up to a few dozen keys of buckets entirely older than one window before {@code now}. */
    void expire(long now) {
        long deadBelow = bucket(now) - 2; // bucket(now) - 3 and older end before now - window
        if (deadBelow <= purgedBelow) {
            return;
        }
        if (purgeFrom == null) {
            purgeFrom = prefix(Math.max(0, purgedBelow));
        }
        List<Bytes> batch = new ArrayList<>(PURGE_PER_CALL);
        try (KeyValueIterator<Bytes, byte[]> it = store.range(purgeFrom, prefix(deadBelow))) {
            while (it.hasNext() && batch.size() < PURGE_PER_CALL) {
                batch.add(it.next().key);
            }
        }
        batch.forEach(store::delete);
        if (batch.size() < PURGE_PER_CALL) {
            purgedBelow = deadBelow;
            purgeFrom = null;
        } else {
            // Resume just after the last deleted key: seeking from the bucket start again would walk over
            // every tombstone this purge has left, making expiry quadratic.
            purgeFrom = after(batch.get(batch.size() - 1));
        }
    }

    private static Bytes after(Bytes key) {
        byte[] k = key.get();
        return Bytes.wrap(Arrays.copyOf(k, k.length + 1));
    }

    /** The store key of {@code probe} for an entry indexed at {@code indexTime}: its bucket, then the probe key. */
    Bytes keyAt(Bytes probe, long indexTime) {
        return key(bucket(indexTime), probe);
    }

    private long bucket(long time) {
        return Math.max(0, time) / bucketMs;
    }

    private static Bytes prefix(long bucket) {
        return Bytes.wrap(ByteBuffer.allocate(4).putInt((int) bucket).array());
    }

    private static Bytes key(long bucket, Bytes probe) {
        byte[] p = probe.get();
        return Bytes.wrap(ByteBuffer.allocate(4 + p.length).putInt((int) bucket).put(p).array());
    }
}
