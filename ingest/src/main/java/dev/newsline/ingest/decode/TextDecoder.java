package dev.newsline.ingest.decode;

import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns raw record bytes into text: BOMs, declared charsets, and detection of legacy code pages.
 *
 * <p>Order: no bytes → EMPTY; a UTF-32/UTF-16 byte-order mark decides; UTF-16 without a mark when its byte
 * pattern is unmistakable ({@link Utf16Sniffer}) and it decodes to plausible text; binary signatures, NULs or control
 * bytes → NOT_TEXT; strict UTF-8 (with or without BOM); a declared {@code charset} header when it decodes
 * cleanly into plausible text; damaged UTF-8 (mostly well-formed sequences) → BAD_ENCODING; ICU detection limited
 * to our languages' code pages; otherwise BAD_ENCODING. Decoded text holding only white space → EMPTY.
 */
public final class TextDecoder {

    private final LegacyCharsetDetector legacy = new LegacyCharsetDetector();

    /**
     * Decodes {@code bytes}; {@code declaredCharset} (from a {@code charset} header) wins when it decodes cleanly.
     *
     * @throws InputRejectedException with EMPTY, NOT_TEXT or BAD_ENCODING
     */
    public DecodedText decode(byte[] bytes, String declaredCharset) {
        if (bytes == null || bytes.length == 0) {
            throw new InputRejectedException(RejectReason.EMPTY, "the record has no bytes");
        }
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        if (bom != null && !bom.charset().equals("UTF-8")) {
            return unicodeWithBom(bytes, bom);
        }
        String utf16 = Utf16Sniffer.charset(bytes);
        if (utf16 != null) {
            Optional<String> text = LegacyCharsetDetector.decodeStrict(bytes, utf16)
                    .filter(t -> TextPlausibility.plausible(t) || t.chars().allMatch(c -> c < 0x80));
            if (text.isPresent()) {
                return checked(text.get(), utf16);
            }
        }
        String notText = BinarySniffer.whyNotText(bytes);
        if (notText != null) {
            throw new InputRejectedException(RejectReason.NOT_TEXT, notText);
        }
        int start = bom == null ? 0 : bom.length();
        byte[] content = start == 0 ? bytes : Arrays.copyOfRange(bytes, start, bytes.length);
        Optional<String> utf8 = LegacyCharsetDetector.decodeStrict(content, "UTF-8");
        if (utf8.isPresent()) {
            return checked(utf8.get(), "UTF-8");
        }
        Utf8Scan scan = Utf8Scan.of(content, 0);
        if (bom != null) {
            throw badUtf8(scan, "the bytes start with a UTF-8 byte-order mark but are not valid UTF-8");
        }
        Optional<DecodedText> declared = declared(content, declaredCharset);
        if (declared.isPresent()) {
            return checked(declared.get().text(), declared.get().charset());
        }
        if (scan.damagedUtf8()) {
            throw badUtf8(scan, "the bytes are UTF-8 with damaged sequences");
        }
        return legacy.detect(content)
                .map(d -> checked(d.text(), d.charset()))
                .orElseThrow(() -> new InputRejectedException(RejectReason.BAD_ENCODING,
                        "the bytes are not valid UTF-8 (first bad byte at offset " + scan.firstMalformedOffset()
                                + ") and read as no legacy code page of our languages"));
    }

    private static DecodedText unicodeWithBom(byte[] bytes, ByteOrderMark bom) {
        byte[] content = Arrays.copyOfRange(bytes, bom.length(), bytes.length);
        String text = LegacyCharsetDetector.decodeStrict(content, bom.charset())
                .orElseThrow(() -> new InputRejectedException(RejectReason.BAD_ENCODING,
                        "the bytes start with a " + bom.charset() + " byte-order mark but are not valid "
                                + bom.charset()));
        return checked(text, bom.charset());
    }

    private static Optional<DecodedText> declared(byte[] content, String declaredCharset) {
        if (declaredCharset == null || declaredCharset.isBlank()) {
            return Optional.empty();
        }
        String name = declaredCharset.strip().replace("\"", "");
        try {
            if (!Charset.isSupported(name) || Charset.forName(name).equals(StandardCharsets.UTF_8)) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String canonical = Charset.forName(name).name();
        return LegacyCharsetDetector.decodeStrict(content, canonical)
                .filter(TextPlausibility::plausible)
                .map(text -> new DecodedText(text, canonical));
    }

    /** Drops a leading U+FEFF and rejects text that is only white space or full of control characters. */
    private static DecodedText checked(String text, String charset) {
        String t = text.startsWith("\ufeff") ? text.substring(1) : text;
        if (isBlank(t)) {
            throw new InputRejectedException(RejectReason.EMPTY, "the record holds only white space");
        }
        int control = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 0 || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B
                    && c != 0x1B && c != 0x85) {
                control++;
            }
        }
        if (control > BinarySniffer.MAX_CONTROL_SHARE * t.length()) {
            throw new InputRejectedException(RejectReason.NOT_TEXT,
                    "the " + charset + " text is full of control characters: binary data, not text");
        }
        return new DecodedText(t, charset);
    }

    private static boolean isBlank(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\ufeff' && c != '\u200b'
                    && c != '\u200c' && c != '\u200d' && c != '\u2060') {
                return false;
            }
        }
        return true;
    }

    private static InputRejectedException badUtf8(Utf8Scan scan, String what) {
        return new InputRejectedException(RejectReason.BAD_ENCODING, what + " (" + scan.malformed()
                + " bad byte" + (scan.malformed() == 1 ? "" : "s") + ", first at offset " + scan.firstMalformedOffset()
                + ")");
    }
}
