package dev.newsline.ingest.decode;

/**
 * Recognises UTF-16 without a byte-order mark. Text in one script has the same high byte in nearly every code
 * unit (0x00 for Latin, 0x04 for Cyrillic, 0x06 for Arabic, 0x20 for punctuation), so one byte parity is
 * dominated by a few values while the other varies. Without this, such bytes would be called binary for their
 * NULs, or mojibake.
 */
final class Utf16Sniffer {

    static final int MIN_BYTES = 16;
    static final double MIN_HIGH_BYTE_SHARE = 0.95;

    private Utf16Sniffer() {
    }

    /** "UTF-16LE" or "UTF-16BE" when the bytes look like BOM-less UTF-16 text, else null. */
    static String charset(byte[] b) {
        if (b.length < MIN_BYTES || b.length % 2 != 0) {
            return null;
        }
        if (scriptHighBytes(b, 1) && !scriptHighBytes(b, 0)) {
            return "UTF-16LE";
        }
        if (scriptHighBytes(b, 0) && !scriptHighBytes(b, 1)) {
            return "UTF-16BE";
        }
        return null;
    }

    /** Nearly all bytes at {@code parity} are high bytes of Latin, Cyrillic, Arabic or general punctuation. */
    private static boolean scriptHighBytes(byte[] b, int parity) {
        int hits = 0;
        int total = 0;
        for (int i = parity; i < b.length; i += 2) {
            int v = b[i] & 0xFF;
            total++;
            if (v == 0x00 || v == 0x04 || v == 0x06 || v == 0x20 || v == 0xFB || v == 0xFE) {
                hits++;
            }
        }
        return hits >= MIN_HIGH_BYTE_SHARE * total;
    }
}
