package dev.newsline.ingest.feed;

import static dev.newsline.ingest.feed.FeedServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void rss2ItemsKeepGuidLinkDateAndFullTextAsParagraphs() throws Exception {
        ParsedFeed feed = parser.parse(utf8(TestFeeds.rss("http://example.org/news/bridge")), "application/rss+xml");

        assertThat(feed.items()).hasSize(2);
        FeedItem full = feed.items().get(0);
        assertThat(full.key()).isEqualTo("harbour-2025-0001");
        assertThat(full.link()).contains("http://example.org/news/ferry");
        assertThat(full.title()).contains("Ferry service resumes after the storm");
        assertThat(full.date()).contains(Instant.parse("2025-03-04T08:30:00Z"));
        assertThat(full.content()).contains("The ferry between the two islands ran again on Tuesday morning & its crew"
                + " said the crossing was calm.\n\nHarbour officials in Norway said the storm had damaged two piers."
                + "\nRepairs start next week.");
        assertThat(full.summary()).contains("Ferries run again.");

        FeedItem summaryOnly = feed.items().get(1);
        assertThat(summaryOnly.key()).isEqualTo("harbour-2025-0002");
        assertThat(summaryOnly.content()).isEmpty();
        assertThat(summaryOnly.summary()).contains("The council voted on Wednesday.");
        assertThat(summaryOnly.link()).contains("http://example.org/news/bridge");
    }

    @Test
    void atomEntriesKeepIdPublishedElseUpdatedAndHtmlTitleAsText() throws Exception {
        ParsedFeed feed = parser.parse(utf8(TestFeeds.atom("http://valley.example/library")), "application/atom+xml");

        assertThat(feed.items()).extracting(FeedItem::key)
                .containsExactly("tag:valley.example,2025:orchard", "tag:valley.example,2025:library");
        FeedItem orchard = feed.items().get(0);
        assertThat(orchard.title()).contains("Orchard harvest doubles");
        assertThat(orchard.date()).contains(Instant.parse("2025-03-06T09:15:00Z"));
        assertThat(orchard.content()).contains("Farmers in Chile picked twice as many apples as last year.\n\n"
                + "Prices fell at the market.");
        FeedItem library = feed.items().get(1);
        assertThat(library.date()).contains(Instant.parse("2025-03-07T07:00:00Z"));
        assertThat(library.content()).isEmpty();
        assertThat(library.summary()).contains("A new reading room opened.");
    }

    @Test
    void anItemWithoutGuidFallsBackToItsLinkAndOneWithNeitherIsCounted() throws Exception {
        String rss = """
                <rss version="2.0"><channel><title>t</title><link>http://x.example/</link><description>d</description>
                <item><title>a</title><link>http://x.example/a</link><description>A text.</description></item>
                <item><title>b</title><description>No link, no guid.</description></item>
                </channel></rss>""";
        ParsedFeed feed = parser.parse(utf8(rss), null);

        assertThat(feed.items()).extracting(FeedItem::key).containsExactly("http://x.example/a");
        assertThat(feed.withoutKey()).isEqualTo(1);
    }

    @Test
    void anExternalEntityIsRefusedAndTheLocalFileNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(utf8(TestFeeds.xxe(secret.toUri().toString())), "text/xml"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET-CONTENT");
    }

    @Test
    void entityExpansionIsRefusedBeforeAnyExpansion() {
        assertThatThrownBy(() -> parser.parse(utf8(TestFeeds.billionLaughs()), "application/rss+xml"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void aDocumentThatIsNoFeedIsReported() {
        assertThatThrownBy(() -> parser.parse(utf8("<html><body>not a feed</body></html>"), "text/html"))
                .isInstanceOf(FeedParseException.class).hasMessageStartingWith("not a feed we read");
        assertThatThrownBy(() -> parser.parse(utf8("<rss version=\"2.0\"><channel>"), "text/xml"))
                .isInstanceOf(FeedParseException.class);
    }

    @Test
    void aFeedInALegacyCharsetIsDecodedFromItsDeclaration() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><title>t</title><link>http://x.example/</link><description>d</description>
                <item><title>Café in Malmö</title><guid>c-1</guid><description>Smörgås.</description></item>
                </channel></rss>""";
        // the HTTP header says nothing of the charset: the XML declaration decides
        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.ISO_8859_1), "text/xml");

        assertThat(feed.items().get(0).title()).contains("Café in Malmö");
        assertThat(feed.items().get(0).summary()).contains("Smörgås.");
    }
}
