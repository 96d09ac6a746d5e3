package dev.newsline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.html.TestPages;
import dev.newsline.ingest.model.ArticleFormat;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A web page on news.raw becomes an article of format html, its page kept whole as the original. */
class HtmlRecordReadingTest {

    private static final Origin ORIGIN = new Origin("news.raw", 0, 7, 1_000L);
    private final RawArticleReader reader = new RawArticleReader(512 * 1024);

    @Test
    void aPageSniffedWithoutHeadersIsReadAsHtmlAndKeepsItsBytes() {
        byte[] page = TestPages.bytes(TestPages.HARBOUR_FERRY);

        ParsedArticle article = reader.read(page, Map.of("filename", "harbour-ferry.html"), ORIGIN);

        assertThat(article.format()).isEqualTo(ArticleFormat.HTML);
        assertThat(article.title()).isEqualTo("Night ferry returns to the old harbour after twelve years");
        assertThat(article.body()).isEqualTo(TestPages.expectedBody(TestPages.HARBOUR_FERRY));
        assertThat(article.url()).isEqualTo("https://ledger.example/harbour/night-ferry-returns");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-03-14T05:30:00Z"));
        assertThat(article.eventTime()).isEqualTo(article.publishedAt());
        assertThat(article.languageHint()).isEqualTo("en");
        assertThat(article.original()).isEqualTo(new String(page, StandardCharsets.UTF_8));
        assertThat(article.keepingRaw(page).originalBytes()).isEqualTo(page);
    }

    @Test
    void theUrlHeaderWinsOverTheCanonicalLinkAndALegacyPageKeepsItsExactBytes() {
        Charset cp1252 = Charset.forName("windows-1252");
        String html = "<html><head><title>Café reopens on the quay</title>"
                + "<link rel=canonical href=\"https://example.org/canonical\"></head><body><article>"
                + "<p>The café on the quay reopened on Saturday after a winter of repairs, with a new terrace.</p>"
                + "<p>Its owner, Renée Dubois, said the crème brûlée would stay on the menu, whatever happens.</p>"
                + "</article></body></html>";
        byte[] page = html.getBytes(cp1252);

        ParsedArticle article = reader.read(page, Map.of("content-type", "text/html; charset=windows-1252",
                "url", "https://example.org/from-the-feed"), ORIGIN);

        assertThat(article.url()).isEqualTo("https://example.org/from-the-feed");
        assertThat(article.charset()).isEqualTo("windows-1252");
        assertThat(article.body()).contains("Renée Dubois", "crème brûlée");
        assertThat(article.publishedAt()).isNull();
        assertThat(article.eventTime()).isEqualTo(Instant.ofEpochMilli(1_000L));
        assertThat(article.keepingRaw(page).originalBytes()).isEqualTo(page);
    }

    @Test
    void textThatMerelyMentionsATagIsStillReadAsText() {
        String text = "Browsers at twenty\n\nThe <html> tag opened every page of the early web, the author recalls.";

        ParsedArticle article = reader.read(text.getBytes(StandardCharsets.UTF_8), Map.of(), ORIGIN);

        assertThat(article.format()).isEqualTo(ArticleFormat.TEXT);
        assertThat(article.title()).isEqualTo("Browsers at twenty");
    }
}
