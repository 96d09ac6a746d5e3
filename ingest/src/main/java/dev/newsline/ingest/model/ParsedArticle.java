package dev.newsline.ingest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param publishedAt  publication time when known (metadata line, JSON, a page's meta tags), else null
 * @param eventTime    publication time when known, else the Kafka record timestamp
 * @param languageHint a language the producer declared (JSON {@code language}, a page's {@code <html lang>}), or null
 * @param original     the article text exactly as delivered, decoded to a string
 * @param charset      the charset the bytes were decoded with
 * @param originalRaw  the raw bytes in base64 when {@code original} re-encoded in {@code charset} does not give them
 *                     back (see {@link OriginalBytes}), else null; internal, never written to an output topic
 * @param format       {@code text}, {@code json} or {@code html} (a web page; {@code body} is its main text)
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
        @JsonInclude(JsonInclude.Include.NON_NULL) String originalRaw,
        String format,
        Map<String, String> headers,
        Origin origin) implements IngestOutcome, CarriesOriginal {

    /** An article whose text re-encodes to its raw bytes (or that does not know them yet, see {@link #keepingRaw}). */
    public ParsedArticle(String suppliedId, String url, String source, ParsedText text, Instant publishedAt,
                         Instant eventTime, String languageHint, String original, String charset, String format,
                         Map<String, String> headers, Origin origin) {
        this(suppliedId, url, source, text, publishedAt, eventTime, languageHint, original, charset, null, format,
                headers, origin);
    }

    /** This article, carrying {@code raw} too when its text and charset alone cannot rebuild it. */
    public ParsedArticle keepingRaw(byte[] raw) {
        String kept = OriginalBytes.keepIfNotRebuilt(raw, original, charset);
        return kept == null ? this : new ParsedArticle(suppliedId, url, source, text, publishedAt, eventTime,
                languageHint, original, charset, kept, format, headers, origin);
    }

    /** The raw record's bytes exactly as delivered, for a rejection after ingest (see {@link OriginalBytes}). */
    @Override
    public byte[] originalBytes() {
        return OriginalBytes.of(original, charset, originalRaw);
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
