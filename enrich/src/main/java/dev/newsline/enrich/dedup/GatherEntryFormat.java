package dev.newsline.enrich.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of a gather entry without its article (a {@link PendingArticle} whose article, if it has come,
 * is kept under its own key). Layout: the format byte {@code 0x82}, since (8 bytes), expected verdicts
 * (4), whether the article has come (1), a sketch flag (1) and the sketch, the verdict count (2), then per
 * verdict its kind (1; 0xFF when unknown), an error flag (1) with an unsigned 16-bit length and UTF-8 text,
 * a candidate count (2) and per candidate an unsigned 16-bit length and the {@link OrderKeySerde} bytes.
 * Every count and length is checked when written and validated when read.
 */
final class GatherEntryFormat {

    /** First byte of this layout; entries written before it are JSON and begin with '{'. */
    static final byte FORMAT = (byte) 0x82;
    /** Most verdicts one entry holds: more than any article scatters (3 exact probes and the bands). */
    static final int MAX_VERDICTS = 4096;
    private static final int MAX_ERROR_BYTES = 0xFFFF;
    private static final byte UNKNOWN_KIND = (byte) 0xFF;

    private GatherEntryFormat() {
    }

    /** The bytes of {@code p} without its article (whether the article has come is kept). */
    static byte[] encode(PendingArticle p) {
        if (p.verdicts().size() > MAX_VERDICTS) {
            throw new IllegalArgumentException("a gather entry holds at most " + MAX_VERDICTS + " verdicts");
        }
        List<byte[]> parts = new ArrayList<>();
        int size = 1 + 8 + 4 + 1 + 1 + (p.sketch() == null ? 0 : p.sketch().size()) + 2;
        for (ProbeVerdict v : p.verdicts()) {
            size += 1 + 1 + 2;
            if (v.error() != null) {
                byte[] error = errorBytes(v.error());
                parts.add(error);
                size += 2 + error.length;
            }
            for (OrderKey c : v.candidates()) {
                byte[] k = OrderKeySerde.write(c);
                parts.add(k);
                size += 2 + k.length;
            }
        }
        ByteBuffer b = ByteBuffer.allocate(size).put(FORMAT).putLong(p.since()).putInt(p.expected())
                .put((byte) (p.arrived() ? 1 : 0)).put((byte) (p.sketch() == null ? 0 : 1));
        if (p.sketch() != null) {
            p.sketch().writeTo(b);
        }
        b.putShort((short) p.verdicts().size());
        int part = 0;
        for (ProbeVerdict v : p.verdicts()) {
            b.put(v.kind() == null ? UNKNOWN_KIND : (byte) v.kind().ordinal());
            b.put((byte) (v.error() == null ? 0 : 1));
            if (v.error() != null) {
                byte[] error = parts.get(part++);
                b.putShort((short) error.length).put(error);
            }
            if (v.candidates().size() > ProbeIndexProcessor.MAX_CANDIDATES) {
                throw new IllegalArgumentException("a verdict names at most " + ProbeIndexProcessor.MAX_CANDIDATES
                        + " candidates");
            }
            b.putShort((short) v.candidates().size());
            for (int i = 0; i < v.candidates().size(); i++) {
                byte[] k = parts.get(part++);
                b.putShort((short) k.length).put(k);
            }
        }
        return b.array();
    }

    /**
     * What {@link #encode} wrote (its article null, whether it has come kept); anything that does not check
     * out is a {@link CorruptEntryException}.
     */
    static PendingArticle decode(byte[] bytes) {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.get() != FORMAT) {
                throw new CorruptEntryException("unknown gather entry format");
            }
            long since = b.getLong();
            int expected = b.getInt();
            boolean arrived = flag(b.get(), "arrived");
            SimilaritySketch sketch = flag(b.get(), "sketch") ? SimilaritySketch.readFrom(b) : null;
            int count = Short.toUnsignedInt(b.getShort());
            if (count > MAX_VERDICTS || expected < 0 || expected > MAX_VERDICTS) {
                throw new CorruptEntryException("gather entry counts out of range: " + count + " verdicts, "
                        + expected + " expected");
            }
            List<ProbeVerdict> verdicts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                verdicts.add(verdict(b));
            }
            if (b.hasRemaining()) {
                throw new CorruptEntryException(b.remaining() + " bytes after the last verdict");
            }
            return new PendingArticle(null, expected, sketch, verdicts, since, arrived);
        } catch (java.nio.BufferUnderflowException e) {
            throw new CorruptEntryException("gather entry truncated");
        }
    }

    private static ProbeVerdict verdict(ByteBuffer b) {
        byte k = b.get();
        ProbeKind[] kinds = ProbeKind.values();
        if (k != UNKNOWN_KIND && (k < 0 || k >= kinds.length)) {
            throw new CorruptEntryException("unknown probe kind " + k);
        }
        ProbeKind kind = k == UNKNOWN_KIND ? null : kinds[k];
        String error = null;
        if (flag(b.get(), "error")) {
            byte[] text = new byte[length(b, MAX_ERROR_BYTES)];
            b.get(text);
            error = new String(text, StandardCharsets.UTF_8);
        }
        int candidates = Short.toUnsignedInt(b.getShort());
        if (candidates > ProbeIndexProcessor.MAX_CANDIDATES) {
            throw new CorruptEntryException(candidates + " candidates in one verdict");
        }
        List<OrderKey> keys = new ArrayList<>(candidates);
        for (int i = 0; i < candidates; i++) {
            byte[] key = new byte[length(b, OrderKeySerde.MAX_BYTES)];
            b.get(key);
            keys.add(OrderKeySerde.read(key));
        }
        return new ProbeVerdict(kind, List.copyOf(keys), error);
    }

    private static int length(ByteBuffer b, int max) {
        int n = Short.toUnsignedInt(b.getShort());
        if (n > max || n > b.remaining()) {
            throw new CorruptEntryException("length " + n + " out of range (" + b.remaining() + " bytes left)");
        }
        return n;
    }

    private static boolean flag(byte f, String what) {
        if (f != 0 && f != 1) {
            throw new CorruptEntryException(what + " flag " + f);
        }
        return f == 1;
    }

    private static byte[] errorBytes(String error) {
        byte[] text = error.getBytes(StandardCharsets.UTF_8);
        if (text.length <= MAX_ERROR_BYTES) {
            return text;
        }
        // Cut at a character boundary: the message only has to say what failed.
        String cut = error.substring(0, Math.min(error.length(), MAX_ERROR_BYTES / 3));
        return cut.getBytes(StandardCharsets.UTF_8);
    }
}
