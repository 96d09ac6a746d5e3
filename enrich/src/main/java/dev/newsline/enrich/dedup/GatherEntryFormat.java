package dev.newsline.enrich.dedup;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The bytes of a gather entry without its article (a {@link PendingArticle} whose article, if it has come,
 * is kept under its own key). Layout: the format byte {@code 0x82}, since (8 bytes), expected verdicts
 * (4), whether the article has come (1), a sketch flag (1) and the sketch, then the verdicts
 * ({@link VerdictCodec}). Every count and length is checked when written and validated when read.
 */
final class GatherEntryFormat {

    /** First byte of this layout; entries written before it are JSON and begin with '{'. */
    static final byte FORMAT = (byte) 0x82;

    private GatherEntryFormat() {
    }

    /** The bytes of {@code p} without its article (whether the article has come is kept). */
    static byte[] encode(PendingArticle p) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 + 160 * p.verdicts().size());
        DataOutputStream out = new DataOutputStream(buffer);
        try {
            out.writeByte(FORMAT);
            out.writeLong(p.since());
            out.writeInt(p.expected());
            out.writeByte(p.arrived() ? 1 : 0);
            out.writeByte(p.sketch() == null ? 0 : 1);
            if (p.sketch() != null) {
                ByteBuffer sketch = ByteBuffer.allocate(p.sketch().size());
                p.sketch().writeTo(sketch);
                out.write(sketch.array());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        VerdictCodec.writeAll(out, p.verdicts());
        return buffer.toByteArray();
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
            boolean arrived = VerdictCodec.flag(b.get(), "arrived");
            SimilaritySketch sketch = VerdictCodec.flag(b.get(), "sketch") ? SimilaritySketch.readFrom(b) : null;
            if (expected < 0 || expected > VerdictCodec.MAX_VERDICTS) {
                throw new CorruptEntryException("gather entry expects " + expected + " verdicts: out of range");
            }
            List<ProbeVerdict> verdicts = VerdictCodec.readAll(b);
            if (b.hasRemaining()) {
                throw new CorruptEntryException(b.remaining() + " bytes after the last verdict");
            }
            return new PendingArticle(null, expected, sketch, verdicts, since, arrived);
        } catch (BufferUnderflowException e) {
            throw new CorruptEntryException("gather entry truncated");
        }
    }
}
