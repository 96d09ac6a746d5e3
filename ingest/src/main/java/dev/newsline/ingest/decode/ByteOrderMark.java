package dev.newsline.ingest.decode;

import java.nio.charset.Charset;

/** A Unicode byte-order mark at the start of the bytes: which encoding it announces and how long it is. */
record ByteOrderMark(String charset, int length) {

    /** The mark that starts {@code bytes}, or null. UTF-32 marks are tested first: they begin like UTF-16 ones. */
    static ByteOrderMark of(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return supported("UTF-32BE", 4);
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return supported("UTF-32LE", 4);
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return new ByteOrderMark("UTF-8", 3);
        }
        if (starts(b, 0xFE, 0xFF)) {
            return new ByteOrderMark("UTF-16BE", 2);
        }
        if (starts(b, 0xFF, 0xFE)) {
            return new ByteOrderMark("UTF-16LE", 2);
        }
        return null;
    }

    private static ByteOrderMark supported(String charset, int length) {
        return Charset.isSupported(charset) ? new ByteOrderMark(charset, length) : null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
