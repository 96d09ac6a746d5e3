package dev.newsline.enrich.model;

import dev.newsline.ingest.model.Attribution;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.OriginalBytes;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One article on {@code news.enriched} (schema version 1, see docs/schema.md). Field names are written
 * in snake_case. {@code original} is the article exactly as delivered; title and body are reassembled.
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
        String format,
        Map<String, String> headers,
        Origin origin) implements EnrichOutcome {

    /** Schema version written in every record. */
    public static final int SCHEMA_VERSION = 1;

    /** The raw record's bytes, for a rejection after enrichment (see {@link OriginalBytes}). */
    public byte[] originalBytes() {
        return OriginalBytes.of(original, charset);
    }
}
