package dev.newsline.ingest.read;

import dev.newsline.ingest.decode.DecodedText;
import dev.newsline.ingest.decode.TextDecoder;
import dev.newsline.ingest.html.HtmlPage;
import dev.newsline.ingest.html.HtmlPageReader;
import dev.newsline.ingest.html.HtmlSniffer;
import dev.newsline.ingest.html.PageMetadata;
import dev.newsline.ingest.limit.FieldLimits;
import dev.newsline.ingest.limit.InputLimits;
import dev.newsline.ingest.limit.StepBudget;
import dev.newsline.ingest.model.ArticleFormat;
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
import java.util.function.IntFunction;

/**
 * Turns one raw record (bytes + headers) into a {@link ParsedArticle}, or says why it cannot. The work is bounded
 * per record: the size limit first, field and header lengths ({@link InputLimits}), and the record's
 * {@link StepBudget} for every pattern its text meets.
 */
public final class RawArticleReader {

    private final int maxArticleBytes;
    private final IntFunction<StepBudget> budgets;
    private final TextDecoder decoder = new TextDecoder();
    private final RawTextParser textParser = new RawTextParser();
    private final JsonArticleParser jsonParser = new JsonArticleParser();
    private final HtmlPageReader htmlReader = new HtmlPageReader();

    public RawArticleReader(int maxArticleBytes) {
        this(maxArticleBytes, StepBudget::forText);
    }

    /** @param budgets the step budget of a record from the length of its decoded text (tests watch the steps) */
    public RawArticleReader(int maxArticleBytes, IntFunction<StepBudget> budgets) {
        this.maxArticleBytes = maxArticleBytes;
        this.budgets = budgets;
    }

    /** @throws InputRejectedException when the record cannot become an article */
    public ParsedArticle read(byte[] value, Map<String, String> headers, Origin origin) {
        if (value != null && value.length > maxArticleBytes) {
            throw new InputRejectedException(RejectReason.TOO_LARGE, "the record has " + value.length
                    + " bytes, more than newsline.max.article.bytes=" + maxArticleBytes);
        }
        FieldLimits.checkHeaders(headers);
        if (HtmlSniffer.isHtml(headers, value)) {
            return fromHtml(htmlReader.read(value, headers), headers, origin);
        }
        DecodedText decoded = decoder.decode(value, headers.get("charset"));
        String text = decoded.text();
        if (text.isBlank()) {
            throw new InputRejectedException(RejectReason.EMPTY, "the record holds only white space");
        }
        StepBudget budget = budgets.apply(text.length());
        return declaresJson(headers) || jsonParser.looksLikeJson(text)
                ? fromJson(jsonParser.parse(text), decoded, headers, origin, budget)
                : fromText(text, decoded, headers, origin, budget);
    }

    private ParsedArticle fromText(String text, DecodedText decoded, Map<String, String> headers, Origin origin,
                                   StepBudget budget) {
        String url = FieldLimits.within("\"url\" header", headers.get("url"), InputLimits.MAX_URL_CHARS);
        String source = FieldLimits.within("\"source\" header", headers.get("source"), InputLimits.MAX_SOURCE_CHARS);
        ParsedText parsed = checked(textParser.parse(null, text, budget));
        Instant published = parsed.publishedAt() == null ? null
                : parsed.publishedAt().atStartOfDay(ZoneOffset.UTC).toInstant();
        return new ParsedArticle(null, url, source, parsed, published,
                eventTime(published, origin), null, text, decoded.charset(), ArticleFormat.TEXT, headers, origin);
    }

    private ParsedArticle fromJson(JsonArticle json, DecodedText decoded, Map<String, String> headers, Origin origin,
                                   StepBudget budget) {
        if (json.body() == null || json.body().isBlank()) {
            throw new InputRejectedException(RejectReason.NO_BODY, "the JSON article has no \"body\"");
        }
        FieldLimits.within("JSON \"id\"", json.id(), InputLimits.MAX_ID_CHARS);
        String url = FieldLimits.within("JSON \"url\"", json.url(), InputLimits.MAX_URL_CHARS);
        String source = json.source() != null
                ? FieldLimits.within("JSON \"source\"", json.source(), InputLimits.MAX_SOURCE_CHARS)
                : FieldLimits.within("\"source\" header", headers.get("source"), InputLimits.MAX_SOURCE_CHARS);
        // The body may be as messy as a raw article (hard wraps, metadata lines, a "read also" tail), but a given
        // title is never re-read: no body line may be glued to it.
        ParsedText parsed = checked(textParser.parse(json.title(), json.body(), budget));
        Instant published = json.publishedAt() != null ? json.publishedAt()
                : parsed.publishedAt() == null ? null : parsed.publishedAt().atStartOfDay(ZoneOffset.UTC).toInstant();
        return new ParsedArticle(json.id(), url, source, parsed, published, eventTime(published, origin),
                json.language(), decoded.text(), decoded.charset(), ArticleFormat.JSON, headers, origin);
    }

    /**
     * A web page: its main text is read like a JSON body under the page's title; the URL header wins over the
     * page's canonical link, the page's meta time over a date line in the text.
     */
    private ParsedArticle fromHtml(HtmlPage page, Map<String, String> headers, Origin origin) {
        PageMetadata meta = page.metadata();
        String url = headers.get("url") != null
                ? FieldLimits.within("\"url\" header", headers.get("url"), InputLimits.MAX_URL_CHARS) : meta.url();
        String source = FieldLimits.within("\"source\" header", headers.get("source"), InputLimits.MAX_SOURCE_CHARS);
        StepBudget budget = budgets.apply(page.decoded().text().length());
        ParsedText parsed = checked(textParser.parse(meta.title(), page.body(), budget));
        Instant published = meta.publishedAt() != null ? meta.publishedAt()
                : parsed.publishedAt() == null ? null : parsed.publishedAt().atStartOfDay(ZoneOffset.UTC).toInstant();
        return new ParsedArticle(null, url, source, parsed, published, eventTime(published, origin),
                meta.language(), page.decoded().text(), page.decoded().charset(), ArticleFormat.HTML, headers, origin);
    }

    /** A body is required; the title, as read, must be within {@link InputLimits#MAX_TITLE_CHARS}. */
    private static ParsedText checked(ParsedText parsed) {
        if (parsed.body().isBlank()) {
            throw new InputRejectedException(RejectReason.NO_BODY, "the article has a title but no body text");
        }
        FieldLimits.within("title", parsed.title(), InputLimits.MAX_TITLE_CHARS);
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
