package dev.newsline.ingest.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An article that passed ingest: decoded, parsed, validated, with everything needed downstream.
 *
 * @param suppliedId   the producer's own id (JSON {@code id}), or null
 * @param url          the article URL as supplied, or null
 * @param source       the feed or outlet that delivered it (JSON {@code source} or the {@code source} header), or null
 * @param text         the reassembled title, body, appended tail and metadata
 * @param publishedAt  publication time when known (metadata line or JSON), else null
 * @param eventTime    publication time when known, else the Kafka record timestamp
 * @param languageHint a language the producer declared (JSON {@code language}), or null
 * @param original     the article text exactly as delivered, decoded to a string
 * @param charset      the charset the bytes were decoded with
 * @param format       {@code text} or {@code json}
 * @param headers      the record headers as strings
 * @param origin       where the raw record was read
 */
public record ParsedArticle(
        String suppliedId,
        String url,
        String source,
        ParsedText text,
        Instant publishedAt,
        Instant eventTime,
        String languageHint,
        String original,
        String charset,
        String format,
        Map<String, String> headers,
        Origin origin) implements IngestOutcome {

    /** The raw record's bytes, for a rejection after ingest (see {@link OriginalBytes}). */
    public byte[] originalBytes() {
        return OriginalBytes.of(original, charset);
    }

    /** Convenience accessor for the title. */
    public String title() {
        return text.title();
    }

    /** Convenience accessor for the body. */
    public String body() {
        return text.body();
    }

    /** Convenience accessor for the sources named in metadata lines. */
    public List<String> sources() {
        return text.sources();
    }
}
