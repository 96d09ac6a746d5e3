package dev.newsline.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.newsline.ingest.limit.InputLimits;
import dev.newsline.ingest.parse.JsonTimestamp;
import java.time.Instant;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata before its furniture is removed: title ({@link TitleFinder}), canonical URL, publication
 * time (Open Graph {@code article:published_time} and its kin, then JSON-LD {@code datePublished}, then a
 * {@code <time itemprop="datePublished">}) and {@code <html lang>}.
 */
final class PageMetadataReader {

    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
        "datepublished", "publishdate", "pubdate", "publish-date", "dc.date.issued", "dcterms.created", "date",
        "sailthru.date", "parsely-pub-date"};

    private PageMetadataReader() {
    }

    static PageMetadata read(Document page) {
        MetaTags meta = MetaTags.of(page);
        JsonNode ld = JsonLd.article(page);
        String headline = ld == null ? null : textOf(ld.get("headline"));
        return new PageMetadata(TitleFinder.title(page, meta, headline), url(page, meta), published(page, meta, ld),
                language(page));
    }

    private static String url(Document page, MetaTags meta) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = canonical != null ? canonical.attr("abs:href") : null;
        if (!isWebUrl(url)) {
            url = meta.first("og:url");
        }
        return isWebUrl(url) && url.length() <= InputLimits.MAX_URL_CHARS ? url.strip() : null;
    }

    private static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    private static Instant published(Document page, MetaTags meta, JsonNode ld) {
        Instant fromMeta = instant(meta.first(PUBLISHED_META));
        if (fromMeta != null) {
            return fromMeta;
        }
        Instant fromLd = ld == null ? null : instant(textOf(ld.get("datePublished")));
        if (fromLd != null) {
            return fromLd;
        }
        Element time = page.selectFirst("time[itemprop=datePublished][datetime]");
        return time == null ? null : instant(time.attr("datetime"));
    }

    /** An ISO or RFC 1123 time; a bare number ("2019" in a "date" tag) is no time here. */
    private static Instant instant(String value) {
        if (value == null || value.strip().chars().allMatch(Character::isDigit)) {
            return null;
        }
        return JsonTimestamp.parse(TextNode.valueOf(value.strip()));
    }

    private static String textOf(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static String language(Document page) {
        Element html = page.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        String primary = dash < 0 ? lang : lang.substring(0, dash);
        return primary.length() >= 2 && primary.length() <= 3 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z')
                ? primary : null;
    }
}
