package dev.newsline.enrich.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.errors.OutputLimit;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.validate.RejectReason;
import dev.newsline.ingest.validate.Rejection;

/**
 * Stops an enriched record too large for the topics it crosses next (dedup's repartition topics and store,
 * news.enriched) while it can still be rejected cleanly: a record the producer or broker refuses later would
 * abort the transaction, under exactly-once, and come back forever.
 */
final class EnrichedSizeCheck {

    /** Dedup wraps the article with its sketch and the verdicts gathered so far; this much is left for them. */
    static final int DEDUP_ROOM_BYTES = 1024 * 1024;
    /** Largest enriched record let through. */
    static final int MAX_BYTES = OutputLimit.valueBytes(StreamsConfigFactory.MAX_RECORD_BYTES) - DEDUP_ROOM_BYTES;

    // A record cannot take more than this many bytes per character of its texts: 6 for a character JSON escapes,
    // plus the tags' mentions (each at least two characters of title or body, about 60 bytes of JSON each, a span
    // counted for a country and a topic). Records this bound keeps under the limit, nearly all, are not measured.
    private static final int BYTES_PER_CHAR_BOUND = 64;

    private final int maxBytes;

    EnrichedSizeCheck() {
        this(MAX_BYTES);
    }

    EnrichedSizeCheck(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** An OUTPUT_TOO_LARGE rejection when {@code article} is too large, else null. */
    Rejection tooLarge(EnrichedArticle article) {
        if (chars(article) * BYTES_PER_CHAR_BOUND < maxBytes) {
            return null;
        }
        int bytes;
        try {
            bytes = JsonMapper.get().writeValueAsBytes(article).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the enriched record as JSON", e);
        }
        return bytes <= maxBytes ? null : new Rejection(RejectReason.OUTPUT_TOO_LARGE, "the enriched record would have "
                + bytes + " bytes, more than the " + maxBytes + " the pipeline carries (original, reassembled text "
                + "and tags together)");
    }

    private static long chars(EnrichedArticle a) {
        return length(a.original()) + length(a.originalRaw()) + length(a.title()) + length(a.body())
                + length(a.appended());
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }
}
