package dev.newsline.ingest.decode;

/**
 * Tells binary data from text before any decoding: known file signatures (images, PDF, archives, office
 * documents) and bytes that no text has, NULs and other control characters.
 */
final class BinarySniffer {

    /** Share of control bytes above which the data is not text; real articles have none but tabs and line breaks. */
    static final double MAX_CONTROL_SHARE = 0.01;

    private record Signature(String kind, int[] magic) {
    }

    private static final Signature[] SIGNATURES = {
        new Signature("a PNG image", new int[] {0x89, 'P', 'N', 'G'}),
        new Signature("a JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
        new Signature("a GIF image", new int[] {'G', 'I', 'F', '8'}),
        new Signature("a WebP or other RIFF file", new int[] {'R', 'I', 'F', 'F'}),
        new Signature("a PDF document", new int[] {'%', 'P', 'D', 'F', '-'}),
        new Signature("a ZIP archive or office document", new int[] {'P', 'K', 0x03, 0x04}),
        new Signature("a gzip archive", new int[] {0x1F, 0x8B}),
        new Signature("a 7-Zip archive", new int[] {'7', 'z', 0xBC, 0xAF}),
        new Signature("an old Microsoft Office document", new int[] {0xD0, 0xCF, 0x11, 0xE0}),
        new Signature("a TIFF image", new int[] {'I', 'I', 0x2A, 0x00}),
        new Signature("a TIFF image", new int[] {'M', 'M', 0x00, 0x2A}),
        new Signature("a BMP image", new int[] {'B', 'M'}),
        new Signature("an MP4 or other ISO media file", new int[] {-1, -1, -1, -1, 'f', 't', 'y', 'p'}),
        new Signature("an executable", new int[] {0x7F, 'E', 'L', 'F'}),
    };

    private BinarySniffer() {
    }

    /** Why {@code bytes} (without a byte-order mark) are not text, or null when they may be text. */
    static String whyNotText(byte[] bytes) {
        for (Signature s : SIGNATURES) {
            if (matches(bytes, s.magic()) && (s.magic().length > 2 || controlShare(bytes) > 0)) {
                return "the bytes are " + s.kind() + ", not text";
            }
        }
        int nul = 0;
        for (byte b : bytes) {
            if (b == 0) {
                nul++;
            }
        }
        if (nul > 0) {
            return "the bytes hold " + nul + " NUL byte" + (nul == 1 ? "" : "s") + ": binary data, not text";
        }
        double control = controlShare(bytes);
        if (control > MAX_CONTROL_SHARE) {
            return String.format(java.util.Locale.ROOT,
                    "%.1f%% of the bytes are control characters: binary data, not text", 100 * control);
        }
        return null;
    }

    /** Share of C0 control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape. */
    static double controlShare(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != 0x0B && v != 0x0C && v != 0x1B || v == 0x7F) {
                control++;
            }
        }
        return bytes.length == 0 ? 0 : (double) control / bytes.length;
    }

    private static boolean matches(byte[] bytes, int[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (magic[i] >= 0 && (bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
