package dev.newsline.ingest.decode;

/** Text decoded from raw bytes, with the charset that was used (byte-order mark removed). */
public record DecodedText(String text, String charset) {
}
