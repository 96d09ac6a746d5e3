package dev.newsline.enrich.dedup;

/**
 * Bytes of an order key, a sketch or an index value that fail validation on read (a length out of range,
 * an unknown format, an id that is not UTF-8). Readers treat the entry as absent; it never leaves a processor.
 */
final class CorruptEntryException extends RuntimeException {

    CorruptEntryException(String message) {
        super(message, null, false, false);
    }
}
