package dev.newsline.enrich.dedup;

import dev.newsline.enrich.identity.ArticleIdentity;
import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.ingest.model.Origin;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Enriched articles built the way the enricher builds them (content hash of the match form), for dedup tests. */
public final class TestArticles {

    private static final MatchFormNormalizer NORMALIZER = new MatchFormNormalizer();
    private static long nextOffset;

    private TestArticles() {
    }

    /** An article; {@code id} null derives it from the URL or content like the enricher. */
    public static EnrichedArticle article(String id, String url, String title, String body, Instant published, Instant processed) {
        return article(id, url, title, body, published, processed, 0, nextOffset++);
    }

    public static EnrichedArticle article(String id, String url, String title, String body, Instant published,
                                   Instant processed, int partition, long offset) {
        String hash = contentHash(title, body);
        String articleId = ArticleIdentity.idOf(id, url, hash);
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, articleId, title, body, null, published,
                published != null ? published : processed, processed, "test", List.of(), null, url, List.of(),
                new DetectedLanguage("fa", 1.0), List.of(), List.of(), hash, title + "\n\n" + body, "UTF-8", "text",
                Map.of(), new Origin("news.raw", partition, offset, processed.toEpochMilli()));
    }

    /** {@code a} with another id (null included: what no enricher would send). */
    public static EnrichedArticle withId(EnrichedArticle a, String id) {
        return new EnrichedArticle(a.schemaVersion(), id, a.title(), a.body(), a.appended(), a.publishedAt(),
                a.eventTime(), a.ingestedAt(), a.source(), a.sources(), a.attribution(), a.url(), a.keywords(),
                a.language(), a.countries(), a.topics(), a.contentHash(), a.original(), a.charset(), a.format(),
                a.headers(), a.origin());
    }

    public static String contentHash(String title, String body) {
        return ArticleIdentity.contentHash(NORMALIZER.normalize(title).joined() + "\n" + NORMALIZER.normalize(body).joined());
    }
}
