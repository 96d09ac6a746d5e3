package dev.newsline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A web page becomes title, main text and metadata; charsets come from the header, the page, or detection. */
class HtmlPageReaderTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    // invented Arabic news text: "The municipality opened a new bridge over the river on Monday, …"
    private static final String ARABIC_PARAGRAPH = "افتتحت البلدية يوم الاثنين جسرا جديدا فوق النهر، بعد عامين من"
            + " الأعمال، وقال رئيس البلدية إن الجسر سيخفف الازدحام في وسط المدينة خلال ساعات الصباح.";

    private final HtmlPageReader reader = new HtmlPageReader();

    @Test
    void theArticleComesOutWithoutNavigationAdsRelatedListsCommentsOrFooter() {
        HtmlPage page = reader.read(TestPages.bytes(TestPages.HARBOUR_FERRY), Map.of());

        assertThat(page.body()).isEqualTo(TestPages.expectedBody(TestPages.HARBOUR_FERRY));
        assertThat(page.body().split("\n\n")).hasSize(6).contains("Fares frozen for a year");
        assertThat(page.body()).doesNotContain("cookies", "Harbour crane", "Related stories", "sofa", "flask",
                "Most read", "Lighthouse keeper", "inbox", "All rights reserved", "Advertisement", "Share on",
                "Mara Lindqvist", "Weather");
        assertThat(page.metadata().title()).isEqualTo("Night ferry returns to the old harbour after twelve years");
        assertThat(page.metadata().url()).isEqualTo("https://ledger.example/harbour/night-ferry-returns");
        assertThat(page.metadata().publishedAt()).isEqualTo(Instant.parse("2026-03-14T05:30:00Z"));
        assertThat(page.metadata().language()).isEqualTo("en");
        assertThat(page.decoded().charset()).isEqualTo("UTF-8");
    }

    @Test
    void theHttpCharsetWinsOverTheMetaTag() {
        byte[] bytes = arabicPage("<meta charset=\"iso-8859-1\">").getBytes(WINDOWS_1256);

        HtmlPage page = reader.read(bytes, Map.of("content-type", "text/html; charset=windows-1256"));

        assertThat(page.decoded().charset()).isEqualTo("windows-1256");
        assertThat(page.body()).isEqualTo(ARABIC_PARAGRAPH + "\n\n" + ARABIC_PARAGRAPH);
        assertThat(page.metadata().title()).isEqualTo("جسر جديد فوق النهر");
    }

    @Test
    void theMetaCharsetIsReadWhenTheHeaderHasNone() {
        byte[] bytes = arabicPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">")
                .getBytes(WINDOWS_1256);

        HtmlPage page = reader.read(bytes, Map.of("content-type", "text/html"));

        assertThat(page.decoded().charset()).isEqualTo("windows-1256");
        assertThat(page.body()).startsWith(ARABIC_PARAGRAPH);
    }

    @Test
    void aWrongDeclaredCharsetGivesWayToDetection() {
        // declared Latin-1, but the bytes are Arabic in windows-1256: Latin-1 decodes them into implausible text
        byte[] bytes = arabicPage("<meta charset=\"iso-8859-1\">").getBytes(WINDOWS_1256);

        HtmlPage page = reader.read(bytes, Map.of());

        assertThat(page.decoded().charset()).isEqualTo("windows-1256");
        assertThat(page.body()).startsWith(ARABIC_PARAGRAPH);
    }

    @Test
    void aPageDeclaredAsLegacyButWrittenInUtf8IsReadAsUtf8() {
        byte[] bytes = arabicPage("<meta charset=\"windows-1256\">").getBytes(StandardCharsets.UTF_8);

        HtmlPage page = reader.read(bytes, Map.of("content-type", "text/html; charset=windows-1256"));

        assertThat(page.decoded().charset()).isEqualTo("UTF-8");
        assertThat(page.body()).startsWith(ARABIC_PARAGRAPH);
    }

    @Test
    void theSiteNameIsCutFromTheTitleTagButATitleWithADashKeepsItsWords() {
        assertThat(titleOf("<title>Storm closes the coast road - Coast News</title>")).isEqualTo(
                "Storm closes the coast road");
        assertThat(titleOf("<title>Coast News | Storm closes the coast road</title>")).isEqualTo(
                "Storm closes the coast road");
        assertThat(titleOf("<title>Storm closes the coast road - what happens next</title>")).isEqualTo(
                "Storm closes the coast road - what happens next");
        assertThat(titleOf("<title>Storm closes the coast road :: The Daily Coast</title>"
                + "<meta property=\"og:site_name\" content=\"The Daily Coast\">")).isEqualTo(
                "Storm closes the coast road");
    }

    @Test
    void jsonLdGivesThePublicationTimeWhenNoMetaTagDoes() {
        String page = "<html><head><title>Storm closes the coast road</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Coast\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Storm closes the coast road\","
                + "\"datePublished\":\"2026-01-05T08:00:00Z\"}]}</script></head><body>" + proseParagraphs()
                + "</body></html>";

        HtmlPage read = reader.read(page.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(read.metadata().publishedAt()).isEqualTo(Instant.parse("2026-01-05T08:00:00Z"));
    }

    @Test
    void aPageOfLinksAndMenusHasNoBody() {
        String page = "<!doctype html><html><head><title>Index</title></head><body><nav><ul>"
                + "<li><a href=/a>Storm closes the coast road again this winter</a></li>".repeat(30)
                + "</ul></nav><div class=\"links\">" + "<a href=/b>Another story on another page</a> ".repeat(30)
                + "</div></body></html>";

        assertThatThrownBy(() -> reader.read(page.getBytes(StandardCharsets.UTF_8), Map.of()))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.rejection().reason()).isEqualTo(RejectReason.NO_BODY));
    }

    @Test
    void pagesAreRecognizedByContentTypeOrByTheirOpening() {
        byte[] page = "\ufeff  <!-- cached -->\n<!DOCTYPE html><html><body><p>x</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlSniffer.isHtml(Map.of(), page)).isTrue();
        assertThat(HtmlSniffer.isHtml(Map.of(), "<HTML lang=en><p>x".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(HtmlSniffer.isHtml(Map.of("content-type", "text/html; charset=utf-8"),
                "Plain words".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(HtmlSniffer.isHtml(Map.of(), "Title\n\n<p> is a tag name".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(HtmlSniffer.isHtml(Map.of("content-type", "application/json"),
                "<html><body>".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    private String titleOf(String head) {
        String page = "<html><head>" + head + "</head><body>" + proseParagraphs() + "</body></html>";
        return reader.read(page.getBytes(StandardCharsets.UTF_8), Map.of()).metadata().title();
    }

    private static String proseParagraphs() {
        return "<div class=\"story\"><p>Heavy rain and high tides closed the coast road on Tuesday, and the council"
                + " said it would stay shut until engineers had checked the sea wall.</p><p>Buses were diverted"
                + " inland, adding about twenty minutes to the journey, and schools along the route opened late.</p>"
                + "</div>";
    }

    private static String arabicPage(String charsetMeta) {
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>" + charsetMeta
                + "<title>جسر جديد فوق النهر</title></head><body><div class=\"menu\"><a href=\"/\">الرئيسية</a>"
                + "</div><article><h1>جسر جديد فوق النهر</h1><p>" + ARABIC_PARAGRAPH + "</p><p>" + ARABIC_PARAGRAPH
                + "</p></article></body></html>";
    }
}
