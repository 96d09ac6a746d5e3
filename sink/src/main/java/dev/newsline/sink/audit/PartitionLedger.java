package dev.newsline.sink.audit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One news.raw partition: which offsets hold a committed record, and on which output topics each was seen.
 * Bits indexed from the partition's log start, a few bits per raw record, so an audit of millions of records
 * fits in a few megabytes.
 */
final class PartitionLedger {

    private final int partition;
    private final long start;
    private final BitSet raw = new BitSet();
    private final BitSet repeated = new BitSet();
    private final Map<String, BitSet> seenOn = new LinkedHashMap<>();

    PartitionLedger(int partition, long start) {
        this.partition = partition;
        this.start = start;
    }

    /** True for an offset below the log start: its record was removed by retention. */
    boolean beforeStart(long offset) {
        return offset < start;
    }

    void raw(long offset) {
        raw.set(index(offset));
    }

    /** True when a committed raw record was read at {@code offset}. */
    boolean holds(long offset) {
        return !beforeStart(offset) && offset - start < Integer.MAX_VALUE && raw.get((int) (offset - start));
    }

    /**
     * Counts an output record on {@code topic} for the raw record at {@code offset} (which {@link #holds});
     * returns the topics already holding a copy of it (empty for the first copy).
     */
    List<String> copy(long offset, String topic) {
        int i = index(offset);
        List<String> before = new ArrayList<>();
        seenOn.forEach((t, bits) -> {
            if (bits.get(i)) {
                before.add(t);
            }
        });
        if (!before.isEmpty()) {
            repeated.set(i);
        }
        seenOn.computeIfAbsent(topic, t -> new BitSet()).set(i);
        return before;
    }

    long rawRecords() {
        return raw.cardinality();
    }

    long doubled() {
        return repeated.cardinality();
    }

    /** Raw records on no output topic. */
    BitSet missing() {
        BitSet missing = (BitSet) raw.clone();
        seenOn.values().forEach(missing::andNot);
        return missing;
    }

    /** The first {@code limit} missing positions. */
    List<RawPosition> missingPositions(BitSet missing, int limit) {
        List<RawPosition> positions = new ArrayList<>();
        for (int i = missing.nextSetBit(0); i >= 0 && positions.size() < limit; i = missing.nextSetBit(i + 1)) {
            positions.add(new RawPosition(partition, start + i));
        }
        return positions;
    }

    private int index(long offset) {
        long i = offset - start;
        if (i < 0 || i >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("offset " + offset + " of news.raw partition " + partition
                    + " is outside the audited range from " + start);
        }
        return (int) i;
    }
}
