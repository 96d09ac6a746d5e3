package dev.newsline.ingest.feed;

import static dev.newsline.ingest.feed.FeedServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.ingest.config.FeedSettings;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    private final FeedServer server = new FeedServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpFetcher fetcher(String... settings) {
        Properties props = new Properties();
        for (int i = 0; i < settings.length; i += 2) {
            props.setProperty(settings[i], settings[i + 1]);
        }
        return new HttpFetcher(FeedSettings.from(props));
    }

    @Test
    void aConditionalGetCarriesBothValidatorsAndA304IsNotModified() throws Exception {
        byte[] rss = utf8(TestFeeds.rss("http://example.org/p"));
        server.on("/feed", FeedServer.conditional("application/rss+xml", rss, "\"v1\"", "Tue, 04 Mar 2025 09:00:00 GMT"));
        HttpFetcher fetcher = fetcher();

        FetchResult first = fetcher.fetch(server.url("/feed"), Validators.NONE, 1 << 20, HttpFetcher.ACCEPT_FEED);
        assertThat(first).isInstanceOf(FetchResult.Fetched.class);
        FetchResult.Fetched fetched = (FetchResult.Fetched) first;
        assertThat(fetched.body()).isEqualTo(rss);
        assertThat(fetched.validators()).isEqualTo(new Validators(Optional.of("\"v1\""),
                Optional.of("Tue, 04 Mar 2025 09:00:00 GMT")));

        FetchResult second = fetcher.fetch(server.url("/feed"), fetched.validators(), 1 << 20, HttpFetcher.ACCEPT_FEED);
        assertThat(second).isInstanceOf(FetchResult.NotModified.class);
        assertThat(server.requests("/feed")).hasSize(2);
        assertThat(server.requests("/feed").get(0).getFirst("If-None-Match")).isNull();
        assertThat(server.requests("/feed").get(1).getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(server.requests("/feed").get(1).getFirst("If-Modified-Since")).isEqualTo("Tue, 04 Mar 2025 09:00:00 GMT");
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpAtTheTimeout() {
        server.on("/hang", server.hang());

        assertThatThrownBy(() -> fetcher("newsline.feeds.read.timeout", "PT0.5S")
                .fetch(server.url("/hang"), Validators.NONE, 1 << 20, HttpFetcher.ACCEPT_FEED))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("within 500 ms (newsline.feeds.read.timeout)");
    }

    @Test
    void aBodyThatStopsHalfWayIsGivenUpAtTheTimeoutToo() {
        server.on("/slow", server.hangMidBody("application/rss+xml", utf8("<rss version=\"2.0\"><channel>")));

        assertThatThrownBy(() -> fetcher("newsline.feeds.read.timeout", "PT0.5S")
                .fetch(server.url("/slow"), Validators.NONE, 1 << 20, HttpFetcher.ACCEPT_FEED))
                .isInstanceOf(FetchException.class)
                .hasMessage("no complete answer from " + server.url("/slow") + " within 500 ms (newsline.feeds.read.timeout)");
    }

    @Test
    void aRedirectLoopIsNamed() {
        server.on("/a", FeedServer.redirect("/b")).on("/b", FeedServer.redirect(server.url("/a").toString()));

        assertThatThrownBy(() -> fetcher().fetch(server.url("/a"), Validators.NONE, 1 << 20, HttpFetcher.ACCEPT_FEED))
                .isInstanceOf(FetchException.class)
                .hasMessage("redirect loop: " + server.url("/a") + " -> " + server.url("/b") + " -> " + server.url("/a"));
        assertThat(server.requests("/a")).hasSize(1);
        assertThat(server.requests("/b")).hasSize(1);
    }

    @Test
    void redirectsAreFollowedUpToTheCap() throws Exception {
        byte[] rss = utf8(TestFeeds.rss("http://example.org/p"));
        server.on("/r1", FeedServer.redirect("/r2")).on("/r2", FeedServer.redirect("/r3"))
                .on("/r3", FeedServer.redirect("/feed")).on("/feed", FeedServer.ok("application/rss+xml", rss));

        FetchResult.Fetched fetched = (FetchResult.Fetched) fetcher()
                .fetch(server.url("/r1"), Validators.NONE, 1 << 20, HttpFetcher.ACCEPT_FEED);
        assertThat(fetched.finalUrl()).isEqualTo(server.url("/feed"));
        assertThat(fetched.body()).isEqualTo(rss);

        assertThatThrownBy(() -> fetcher("newsline.feeds.max.redirects", "2")
                .fetch(server.url("/r1"), Validators.NONE, 1 << 20, HttpFetcher.ACCEPT_FEED))
                .isInstanceOf(FetchException.class)
                .hasMessage("more than 2 redirects from " + server.url("/r1") + " (newsline.feeds.max.redirects)");
    }

    @Test
    void anErrorStatusIsReported() {
        server.on("/broken", FeedServer.status(500));

        assertThatThrownBy(() -> fetcher().fetch(server.url("/broken"), Validators.NONE, 1 << 20, HttpFetcher.ACCEPT_FEED))
                .isInstanceOf(FetchException.class)
                .hasMessage("HTTP 500 from " + server.url("/broken"));
    }

    @Test
    void anOversizedOrEndlessBodyIsCutAtTheCap() {
        byte[] chunk = utf8("<item><title>padding</title></item>\n".repeat(100));
        server.on("/endless", FeedServer.endless("application/rss+xml", chunk, 1L << 30));
        server.on("/big", FeedServer.ok("application/rss+xml", new byte[300_000]));

        assertThatThrownBy(() -> fetcher().fetch(server.url("/endless"), Validators.NONE, 100_000, HttpFetcher.ACCEPT_FEED))
                .isInstanceOf(FetchException.class)
                .hasMessage(server.url("/endless") + " sent more than 100000 bytes: not read further");
        assertThatThrownBy(() -> fetcher().fetch(server.url("/big"), Validators.NONE, 100_000, HttpFetcher.ACCEPT_FEED))
                .isInstanceOf(FetchException.class)
                .hasMessage(server.url("/big") + " sent more than 100000 bytes: not read further");
    }

    @Test
    void aPageWithAWrongDeclaredCharsetComesBackByteForByteWithItsHeaderVerbatim() throws Exception {
        // Latin-1 bytes, while both the HTTP header and the <meta> claim UTF-8: the reader must not "fix" them
        byte[] latin1 = TestFeeds.page("Café opens in Malmö", "Smörgåsbord for everyone.").getBytes(StandardCharsets.ISO_8859_1);
        server.on("/page", FeedServer.ok("text/html; charset=UTF-8", latin1));

        FetchResult.Fetched page = (FetchResult.Fetched) fetcher()
                .fetch(server.url("/page"), Validators.NONE, 1 << 20, HttpFetcher.ACCEPT_PAGE);
        assertThat(page.body()).isEqualTo(latin1);
        assertThat(page.contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(server.requests("/page").get(0).getFirst("Accept")).startsWith("text/html");
    }

    @Test
    void aRefusedConnectionIsOneLine() throws Exception {
        var url = server.url("/gone");
        server.close();

        assertThatThrownBy(() -> fetcher().fetch(url, Validators.NONE, 1 << 20, HttpFetcher.ACCEPT_FEED))
                .isInstanceOf(FetchException.class)
                .hasMessage("cannot connect to 127.0.0.1: connection refused");
    }
}
