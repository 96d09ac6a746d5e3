package dev.newsline.ingest.read;

import dev.newsline.ingest.decode.DecodedText;
import dev.newsline.ingest.decode.TextDecoder;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.model.ParsedText;
import dev.newsline.ingest.parse.JsonArticle;
import dev.newsline.ingest.parse.JsonArticleParser;
import dev.newsline.ingest.parse.RawTextParser;
import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/** Turns one raw record (bytes + headers) into a {@link ParsedArticle}, or says why it cannot. */
public final class RawArticleReader {

    private final int maxArticleBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final RawTextParser textParser = new RawTextParser();
    private final JsonArticleParser jsonParser = new JsonArticleParser();

    public RawArticleReader(int maxArticleBytes) {
        this.maxArticleBytes = maxArticleBytes;
    }

    /** @throws InputRejectedException when the record cannot become an article */
    public ParsedArticle read(byte[] value, Map<String, String> headers, Origin origin) {
        if (value != null && value.length > maxArticleBytes) {
            throw new InputRejectedException(RejectReason.TOO_LARGE, "the record has " + value.length
                    + " bytes, more than newsline.max.article.bytes=" + maxArticleBytes);
        }
        DecodedText decoded = decoder.decode(value, headers.get("charset"));
        String text = decoded.text();
        if (text.isBlank()) {
            throw new InputRejectedException(RejectReason.EMPTY, "the record holds only white space");
        }
        return declaresJson(headers) || jsonParser.looksLikeJson(text)
                ? fromJson(jsonParser.parse(text), decoded, headers, origin)
                : fromText(text, decoded, headers, origin);
    }

    private ParsedArticle fromText(String text, DecodedText decoded, Map<String, String> headers, Origin origin) {
        ParsedText parsed = requireBody(textParser.parse(text));
        Instant published = parsed.publishedAt() == null ? null
                : parsed.publishedAt().atStartOfDay(ZoneOffset.UTC).toInstant();
        return new ParsedArticle(null, headers.get("url"), headers.get("source"), parsed, published,
                eventTime(published, origin), null, text, decoded.charset(), "text", headers, origin);
    }

    private ParsedArticle fromJson(JsonArticle json, DecodedText decoded, Map<String, String> headers, Origin origin) {
        if (json.body() == null || json.body().isBlank()) {
            throw new InputRejectedException(RejectReason.NO_BODY, "the JSON article has no \"body\"");
        }
        // The body may be as messy as a raw article (hard wraps, metadata lines, a "read also" tail), but a given
        // title is never re-read: no body line may be glued to it.
        ParsedText parsed = requireBody(textParser.parse(json.title(), json.body()));
        Instant published = json.publishedAt() != null ? json.publishedAt()
                : parsed.publishedAt() == null ? null : parsed.publishedAt().atStartOfDay(ZoneOffset.UTC).toInstant();
        String source = json.source() != null ? json.source() : headers.get("source");
        return new ParsedArticle(json.id(), json.url(), source, parsed, published, eventTime(published, origin),
                json.language(), decoded.text(), decoded.charset(), "json", headers, origin);
    }

    private static ParsedText requireBody(ParsedText parsed) {
        if (parsed.body().isBlank()) {
            throw new InputRejectedException(RejectReason.NO_BODY, "the article has a title but no body text");
        }
        return parsed;
    }

    private static boolean declaresJson(Map<String, String> headers) {
        String type = headers.get("content-type");
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    private static Instant eventTime(Instant published, Origin origin) {
        return published != null ? published : Instant.ofEpochMilli(Math.max(0, origin.timestamp()));
    }
}
