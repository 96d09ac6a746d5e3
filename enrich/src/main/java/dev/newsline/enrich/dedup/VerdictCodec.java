package dev.newsline.enrich.dedup;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of probe verdicts, shared by the gather entries and the verdict records. Per verdict: its
 * kind (1 byte; 0xFF when unknown), an error flag (1) with an unsigned 16-bit length and UTF-8 text, a
 * candidate count (2) and per candidate an unsigned 16-bit length and the {@link OrderKeySerde} bytes. Every
 * count and length is checked when written and validated when read.
 */
final class VerdictCodec {

    /** Most verdicts one list holds: more than any article scatters (3 exact probes and the bands). */
    static final int MAX_VERDICTS = 4096;
    private static final int MAX_ERROR_BYTES = 0xFFFF;
    private static final byte UNKNOWN_KIND = (byte) 0xFF;

    private VerdictCodec() {
    }

    /** Writes the count, then each verdict. */
    static void writeAll(DataOutputStream out, List<ProbeVerdict> verdicts) {
        if (verdicts.size() > MAX_VERDICTS) {
            throw new IllegalArgumentException("at most " + MAX_VERDICTS + " verdicts, not " + verdicts.size());
        }
        try {
            out.writeShort(verdicts.size());
            for (ProbeVerdict v : verdicts) {
                write(out, v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
    }

    private static void write(DataOutputStream out, ProbeVerdict v) throws IOException {
        out.writeByte(v.kind() == null ? UNKNOWN_KIND : v.kind().ordinal());
        out.writeByte(v.error() == null ? 0 : 1);
        if (v.error() != null) {
            byte[] error = errorBytes(v.error());
            out.writeShort(error.length);
            out.write(error);
        }
        if (v.candidates().size() > ProbeIndexProcessor.MAX_CANDIDATES) {
            throw new IllegalArgumentException("a verdict names at most " + ProbeIndexProcessor.MAX_CANDIDATES
                    + " candidates");
        }
        out.writeShort(v.candidates().size());
        for (OrderKey c : v.candidates()) {
            byte[] k = OrderKeySerde.write(c);
            out.writeShort(k.length);
            out.write(k);
        }
    }

    /** Reads what {@link #writeAll} wrote; anything that does not check out is a {@link CorruptEntryException}. */
    static List<ProbeVerdict> readAll(ByteBuffer b) {
        int count = Short.toUnsignedInt(b.getShort());
        if (count > MAX_VERDICTS) {
            throw new CorruptEntryException(count + " verdicts");
        }
        List<ProbeVerdict> verdicts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            verdicts.add(read(b));
        }
        return verdicts;
    }

    private static ProbeVerdict read(ByteBuffer b) {
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

    /** An unsigned 16-bit length, at most {@code max} and at most what is left. */
    static int length(ByteBuffer b, int max) {
        int n = Short.toUnsignedInt(b.getShort());
        if (n > max || n > b.remaining()) {
            throw new CorruptEntryException("length " + n + " out of range (" + b.remaining() + " bytes left)");
        }
        return n;
    }

    /** A 0/1 flag byte. */
    static boolean flag(byte f, String what) {
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
        return error.substring(0, Math.min(error.length(), MAX_ERROR_BYTES / 3)).getBytes(StandardCharsets.UTF_8);
    }
}
