package dev.newsline.enrich.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsline.ingest.model.Attribution;
import dev.newsline.ingest.model.CarriesOriginal;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.OriginalBytes;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One article on {@code news.enriched} (schema version 1, see docs/schema.md). Field names are written
 * in snake_case. {@code original} is the article exactly as delivered; title and body are reassembled.
 * {@code originalRaw} is internal (the raw bytes, when {@code original} and {@code charset} cannot rebuild them,
 * see {@link OriginalBytes}): it travels through dedup and is dropped by {@link #forOutput()} before an output topic.
 */
public record EnrichedArticle(
        int schemaVersion,
        String id,
        String title,
        String body,
        String appended,
        Instant publishedAt,
        Instant eventTime,
        Instant ingestedAt,
        String source,
        List<String> sources,
        Attribution attribution,
        String url,
        List<String> keywords,
        DetectedLanguage language,
        List<CountryTag> countries,
        List<TopicTag> topics,
        String contentHash,
        String original,
        String charset,
        @JsonInclude(JsonInclude.Include.NON_NULL) String originalRaw,
        String format,
        Map<String, String> headers,
        Origin origin) implements EnrichOutcome, CarriesOriginal {

    /** Schema version written in every record. */
    public static final int SCHEMA_VERSION = 1;

    /** An article whose {@code original} re-encodes in {@code charset} to its raw bytes. */
    public EnrichedArticle(int schemaVersion, String id, String title, String body, String appended,
                           Instant publishedAt, Instant eventTime, Instant ingestedAt, String source,
                           List<String> sources, Attribution attribution, String url, List<String> keywords,
                           DetectedLanguage language, List<CountryTag> countries, List<TopicTag> topics,
                           String contentHash, String original, String charset, String format,
                           Map<String, String> headers, Origin origin) {
        this(schemaVersion, id, title, body, appended, publishedAt, eventTime, ingestedAt, source, sources,
                attribution, url, keywords, language, countries, topics, contentHash, original, charset, null, format,
                headers, origin);
    }

    /** The raw record's bytes exactly as delivered, for a rejection after enrichment (see {@link OriginalBytes}). */
    @Override
    public byte[] originalBytes() {
        return OriginalBytes.of(original, charset, originalRaw);
    }

    /** The record as output topics carry it (docs/schema.md): without the internal {@code originalRaw}. */
    public EnrichedArticle forOutput() {
        return originalRaw == null ? this : new EnrichedArticle(schemaVersion, id, title, body, appended, publishedAt,
                eventTime, ingestedAt, source, sources, attribution, url, keywords, language, countries, topics,
                contentHash, original, charset, null, format, headers, origin);
    }
}
