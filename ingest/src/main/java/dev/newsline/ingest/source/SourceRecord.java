package dev.newsline.ingest.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One article read from a source, as it goes to news.raw: its bytes as delivered, never parsed here.
 *
 * @param input     the input file it was read from (an archive, a JSON Lines file, a plain file): the unit of a
 *                  replay checkpoint
 * @param ordinal   its place in {@code input}, counting every entry read (sent or skipped) from 0, so that a
 *                  checkpoint names it again on the next read of the same input
 * @param entry     its name for people: the path inside the folder or archive, a JSON Lines line, a WARC URI
 * @param key       the record key: the source's own id for the article (JSON {@code id}, WARC-Target-URI),
 *                  else the path inside the folder or archive
 * @param value     the article's bytes as delivered
 * @param headers   {@code source}, {@code filename} or {@code url}, {@code content-type} when known
 * @param timestamp the article's event time in epoch ms: JSON {@code published_at}, else WARC-Date, else mtime
 */
public record SourceRecord(String input, long ordinal, String entry, String key, byte[] value,
                           Map<String, String> headers, long timestamp) {

    public SourceRecord {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * A file, or an entry of an archive, holding one article: typed by its extension, keyed and timed by its
     * JSON {@code id} and {@code published_at} when it is JSON, else by its path and {@code mtime}.
     * {@code sourceName} is the archive's name, or null for a loose file (a folder is not a news source).
     */
    static SourceRecord ofFile(String input, long ordinal, String sourceName, String path, byte[] value, long mtime) {
        String type = ArticleMetadata.contentType(path);
        ArticleMetadata meta = type.equals(ArticleMetadata.JSON) ? ArticleMetadata.ofJson(value) : new ArticleMetadata(null, -1);
        Map<String, String> headers = new LinkedHashMap<>();
        if (sourceName != null) {
            headers.put(RawArticleProducer.SOURCE, sourceName);
        }
        headers.put(RawArticleProducer.FILENAME, path);
        headers.put(RawArticleProducer.CONTENT_TYPE, type);
        return new SourceRecord(input, ordinal, path, meta.idOr(path), value, headers, meta.timeOr(Math.max(0, mtime)));
    }
}
