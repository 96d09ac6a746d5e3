package dev.newsline.enrich.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What the index keeps of an article to verify a near candidate: the lowest 2 bits of each MinHash value
 * (b-bit minwise hashing) and the size of its shingle set. Two sketches estimate the Jaccard similarity of
 * their articles, and with the sizes, how much of the shorter one the longer contains.
 *
 * @param bits     2 bits per MinHash value, four values a byte
 * @param shingles distinct shingles of the article, capped at 65,535
 */
public record SimilaritySketch(byte[] bits, int shingles) {

    /** Most bytes of 2-bit values a sketch may hold (1,024 values; the default signature keeps 384 in 96 bytes). */
    static final int MAX_BYTES = 256;
    /** Largest shingle count written (two bytes). */
    static final int MAX_SHINGLES = 0xFFFF;
    private static final int BITS = 2;
    private static final int VALUES_PER_BYTE = 8 / BITS;
    /** Chance that two different minima agree on their low 2 bits. */
    private static final double COLLISION = 1.0 / (1 << BITS);

    /** Rejects what the binary form could not hold: no values, more than {@link #MAX_BYTES}, a count outside two bytes. */
    public SimilaritySketch {
        if (bits == null || bits.length == 0 || bits.length > MAX_BYTES) {
            throw new IllegalArgumentException("a sketch holds 1 to " + MAX_BYTES + " bytes, not "
                    + (bits == null ? "none" : bits.length));
        }
        if (shingles < 0 || shingles > MAX_SHINGLES) {
            throw new IllegalArgumentException("shingle count out of range: " + shingles);
        }
    }

    /** The sketch of a MinHash signature over {@code shingleCount} distinct shingles. */
    public static SimilaritySketch of(int[] signature, int shingleCount) {
        byte[] bits = new byte[(signature.length + VALUES_PER_BYTE - 1) / VALUES_PER_BYTE];
        for (int i = 0; i < signature.length; i++) {
            bits[i / VALUES_PER_BYTE] |= (byte) ((signature[i] & 0b11) << (BITS * (i % VALUES_PER_BYTE)));
        }
        return new SimilaritySketch(bits, Math.min(shingleCount, MAX_SHINGLES));
    }

    /**
     * Estimated Jaccard similarity: the fraction f of equal 2-bit values is J + (1 − J)/4 in expectation,
     * so Ĵ = (f − 1/4) / (3/4), clamped to [0, 1].
     */
    public double jaccard(SimilaritySketch other) {
        int bytes = Math.min(bits.length, other.bits.length);
        int same = 0;
        for (int i = 0; i < bytes; i++) {
            int diff = (bits[i] ^ other.bits[i]) & 0xFF;
            for (int v = 0; v < VALUES_PER_BYTE; v++) {
                same += (diff >>> (BITS * v) & 0b11) == 0 ? 1 : 0;
            }
        }
        double f = bytes == 0 ? 0 : (double) same / (bytes * VALUES_PER_BYTE);
        return Math.max(0, Math.min(1, (f - COLLISION) / (1 - COLLISION)));
    }

    /**
     * Share of the smaller shingle set found in the other, derived from Ĵ and the two sizes:
     * |A ∩ B| = J (|A| + |B|) / (1 + J).
     */
    public double containment(SimilaritySketch other, double jaccard) {
        int smaller = Math.min(shingles, other.shingles);
        if (smaller == 0) {
            return 0;
        }
        return Math.min(1, jaccard * (shingles + other.shingles) / ((1 + jaccard) * smaller));
    }

    /** Bytes {@link #writeTo} writes. */
    int size() {
        return 2 + 2 + bits.length;
    }

    /** Writes the value count in bytes and the shingle count as unsigned shorts (both range-checked on construction), then the values. */
    void writeTo(ByteBuffer b) {
        b.putShort((short) bits.length).putShort((short) shingles).put(bits);
    }

    /** Reads what {@link #writeTo} wrote; a length out of range or past the end is a {@link CorruptEntryException}. */
    static SimilaritySketch readFrom(ByteBuffer b) {
        if (b.remaining() < 4) {
            throw new CorruptEntryException("sketch header truncated");
        }
        int length = Short.toUnsignedInt(b.getShort());
        int shingles = Short.toUnsignedInt(b.getShort());
        if (length == 0 || length > MAX_BYTES || length > b.remaining()) {
            throw new CorruptEntryException("sketch length " + length + " out of range (" + b.remaining() + " bytes left)");
        }
        byte[] bits = new byte[length];
        b.get(bits);
        return new SimilaritySketch(bits, shingles);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimilaritySketch s && shingles == s.shingles && Arrays.equals(bits, s.bits);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bits) + shingles;
    }

    @Override
    public String toString() {
        return "SimilaritySketch[" + bits.length * VALUES_PER_BYTE + " values, " + shingles + " shingles]";
    }
}
