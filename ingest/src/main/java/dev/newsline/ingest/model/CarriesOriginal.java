package dev.newsline.ingest.model;

import java.util.Map;

/**
 * A record inside the pipeline that still knows the raw record it came from, so that a failure at any later step
 * can reject it with its bytes exactly as delivered.
 */
public interface CarriesOriginal {

    /** The raw record's value, byte for byte. */
    byte[] originalBytes();

    /** The raw record's headers. */
    Map<String, String> headers();

    /** Where the raw record was read. */
    Origin origin();
}
