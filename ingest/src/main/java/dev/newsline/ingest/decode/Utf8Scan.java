package dev.newsline.ingest.decode;

/**
 * Counts well-formed multi-byte UTF-8 sequences and malformed bytes. Legacy single-byte text almost never
 * forms a valid multi-byte sequence by chance, so bytes that are mostly valid UTF-8 with a few bad spots are
 * damaged UTF-8, not a legacy code page, and must not be "rescued" as windows-1256 mojibake.
 */
record Utf8Scan(int validMultiByte, int malformed, int firstMalformedOffset) {

    static Utf8Scan of(byte[] b, int from) {
        int valid = 0;
        int bad = 0;
        int first = -1;
        int i = from;
        while (i < b.length) {
            int v = b[i] & 0xFF;
            int len = v < 0x80 ? 1 : v >= 0xC2 && v <= 0xDF ? 2 : v >= 0xE0 && v <= 0xEF ? 3 : v >= 0xF0 && v <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                if (first < 0) {
                    first = i;
                }
                bad++;
                i++;
            }
        }
        return new Utf8Scan(valid, bad, first);
    }

    /** Mostly UTF-8: at least as many well-formed multi-byte sequences as malformed bytes. */
    boolean damagedUtf8() {
        return malformed > 0 && validMultiByte >= malformed;
    }
}
