package dev.newsline.enrich.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes of one probe-index value: the order keys filed under one probe key and bucket. Layout: the
 * format byte {@code 0x81}, a count (1 to {@link ProbeIndex#MAX_ENTRIES}), then per order key an unsigned
 * 16-bit length (at most {@link OrderKeySerde#MAX_BYTES}, checked when written) and its bytes. The first
 * layout (a count byte, then signed 16-bit lengths that overflowed for ids over 32 KB) is still read, and a
 * value of it counts only if it parses exactly to its last byte.
 */
final class IndexValueFormat {

    /** First byte of the current layout; the first layout began with its count, 1 to 8. */
    static final byte FORMAT = (byte) 0x81;
    private static final Decoded ABSENT = new Decoded(List.of(), null);

    /**
     * What a value held.
     *
     * @param entries the order keys that checked out
     * @param problem why some or all of the value was unreadable, or null if all of it was read
     */
    record Decoded(List<OrderKey> entries, String problem) {

        boolean corrupt() {
            return problem != null;
        }
    }

    private IndexValueFormat() {
    }

    static byte[] encode(List<OrderKey> entries) {
        if (entries.isEmpty() || entries.size() > ProbeIndex.MAX_ENTRIES) {
            throw new IllegalArgumentException("an index value holds 1 to " + ProbeIndex.MAX_ENTRIES
                    + " order keys, not " + entries.size());
        }
        List<byte[]> parts = entries.stream().map(OrderKeySerde::write).toList();
        ByteBuffer b = ByteBuffer.allocate(2 + parts.stream().mapToInt(p -> 2 + p.length).sum());
        b.put(FORMAT).put((byte) parts.size());
        for (byte[] p : parts) {
            if (p.length > OrderKeySerde.MAX_BYTES) {
                throw new IllegalArgumentException("order key of " + p.length + " bytes");
            }
            b.putShort((short) p.length).put(p);
        }
        return b.array();
    }

    /** The order keys in {@code value} (none for null); never throws. */
    static Decoded decode(byte[] value) {
        if (value == null) {
            return ABSENT;
        }
        if (value.length < 2) {
            return new Decoded(List.of(), "value of " + value.length + " bytes");
        }
        return value[0] == FORMAT ? current(value) : firstLayout(value);
    }

    /** Entries framed before a framing error are kept; an entry that fails validation is dropped alone. */
    private static Decoded current(byte[] value) {
        ByteBuffer b = ByteBuffer.wrap(value, 1, value.length - 1);
        int n = Byte.toUnsignedInt(b.get());
        if (n == 0 || n > ProbeIndex.MAX_ENTRIES) {
            return new Decoded(List.of(), "entry count " + n);
        }
        List<OrderKey> out = new ArrayList<>(n);
        String problem = null;
        for (int i = 0; i < n; i++) {
            int length = b.remaining() < 2 ? -1 : Short.toUnsignedInt(b.getShort());
            if (length <= 0 || length > OrderKeySerde.MAX_BYTES || length > b.remaining()) {
                return new Decoded(List.copyOf(out), "entry " + i + " length " + length + " out of range");
            }
            try {
                out.add(OrderKeySerde.read(Arrays.copyOfRange(value, b.position(), b.position() + length)));
            } catch (CorruptEntryException e) {
                problem = problem != null ? problem : "entry " + i + ": " + e.getMessage();
            }
            b.position(b.position() + length);
        }
        if (problem == null && b.hasRemaining()) {
            problem = b.remaining() + " bytes after the last entry";
        }
        return new Decoded(List.copyOf(out), problem);
    }

    /** The first layout has no checks of its own: any inconsistency discards the whole value. */
    private static Decoded firstLayout(byte[] value) {
        ByteBuffer b = ByteBuffer.wrap(value);
        int n = b.get();
        if (n <= 0 || n > ProbeIndex.MAX_ENTRIES) {
            return new Decoded(List.of(), "unknown format " + n);
        }
        List<OrderKey> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int length = b.remaining() < 2 ? -1 : b.getShort();
            if (length <= 0 || length > b.remaining()) {
                return new Decoded(List.of(), "first-layout entry " + i + " length " + length + " out of range");
            }
            try {
                out.add(OrderKeySerde.read(Arrays.copyOfRange(value, b.position(), b.position() + length)));
            } catch (CorruptEntryException e) {
                return new Decoded(List.of(), "first-layout entry " + i + ": " + e.getMessage());
            }
            b.position(b.position() + length);
        }
        if (b.hasRemaining()) {
            return new Decoded(List.of(), "first layout: " + b.remaining() + " bytes after the last entry");
        }
        return new Decoded(List.copyOf(out), null);
    }
}
