package dev.newsline.enrich.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
    private long purgedBelow = -1;
    private Bytes purgeFrom;

    ProbeIndex(KeyValueStore<Bytes, byte[]> store, long windowMs) {
        this.store = store;
        this.bucketMs = Math.max(1, windowMs / 2);
    }

    static StoreBuilder<KeyValueStore<Bytes, byte[]>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.Bytes(), Serdes.ByteArray());
    }

    /** Entries under {@code probe} filed from two buckets before {@code time} to one after it (clock skew). */
    List<OrderKey> entries(Bytes probe, long time) {
        long b = bucket(time);
        List<OrderKey> out = new ArrayList<>();
        for (long i = Math.max(0, b - 2); i <= b + 1; i++) {
            out.addAll(decode(store.get(key(i, probe))));
        }
        return out;
    }

    /** Files {@code entry} under {@code probe} in the bucket of its index time. */
    void add(Bytes probe, OrderKey entry) {
        Bytes key = key(bucket(entry.indexTime()), probe);
        List<OrderKey> entries = new ArrayList<>(decode(store.get(key)));
        entries.add(entry);
        if (entries.size() > MAX_ENTRIES) {
            entries.sort(FIRST_PROCESSED);
            entries = entries.subList(0, MAX_ENTRIES);
        }
        store.put(key, encode(entries));
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

    private static List<OrderKey> decode(byte[] value) {
        if (value == null) {
            return List.of();
        }
        ByteBuffer b = ByteBuffer.wrap(value);
        int n = b.get();
        List<OrderKey> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] one = new byte[b.getShort()];
            b.get(one);
            out.add(OrderKeySerde.read(one));
        }
        return out;
    }

    private static byte[] encode(List<OrderKey> entries) {
        List<byte[]> parts = entries.stream().map(OrderKeySerde::write).toList();
        ByteBuffer b = ByteBuffer.allocate(1 + parts.stream().mapToInt(p -> 2 + p.length).sum());
        b.put((byte) parts.size());
        parts.forEach(p -> b.putShort((short) p.length).put(p));
        return b.array();
    }
}
