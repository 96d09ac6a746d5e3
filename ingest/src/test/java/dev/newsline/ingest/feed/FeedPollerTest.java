package dev.newsline.ingest.feed;

import static dev.newsline.ingest.feed.FeedServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsline.ingest.config.FeedSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerTest {

    private static final Duration INTERVAL = Duration.ofMinutes(5);
    private static final URI FEED_URL = URI.create("http://feeds.test/harbour.rss");
    private static final URI PAGE_URL = URI.create("http://feeds.test/news/bridge");
    private static final FeedSource FEED = new FeedSource(FEED_URL, "Harbour Gazette", Optional.of("en"), Optional.of("NO"));
    private static final Validators V1 = new Validators(Optional.of("\"v1\""), Optional.of("Tue, 04 Mar 2025 09:00:00 GMT"));
    private static final byte[] PAGE = TestFeeds.page("Council votes on the new bridge", "The vote was close.")
            .getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2025-03-05T12:00:00Z"));
    private final ScriptedFetcher fetcher = new ScriptedFetcher();
    private final ListSink sink = new ListSink();
    private final List<PollOutcome> outcomes = new ArrayList<>();

    private FeedPoller poller(String... settings) throws Exception {
        Properties props = new Properties();
        for (int i = 0; i < settings.length; i += 2) {
            props.setProperty(settings[i], settings[i + 1]);
        }
        return new FeedPoller(List.of(FEED), fetcher, sink, SentItems.load(dir.resolve("state.json")),
                FeedSettings.from(props), INTERVAL, clock);
    }

    private PollOutcome pollNow(FeedPoller poller) {
        int before = outcomes.size();
        assertThat(poller.pollDue(Runnable::run, outcomes::add)).as("feeds polled").isEqualTo(1);
        assertThat(outcomes).hasSize(before + 1);
        return outcomes.get(before);
    }

    @Test
    void fullTextGoesAsAJsonArticleAndASummaryOnlyItemAsItsPageBytesVerbatim() throws Exception {
        fetcher.answer(FEED_URL, rssDocument());
        fetcher.answer(PAGE_URL, new FetchResult.Fetched(PAGE_URL, "text/html; charset=utf-8", PAGE, Validators.NONE));

        PollOutcome outcome = pollNow(poller());

        assertThat(outcome.describe()).isEqualTo(
                "Harbour Gazette: 2 items, 2 sent (1 as articles, 1 as pages), 0 sent before; next poll in 5m");
        assertThat(sink.sent).hasSize(2);
        FeedRecord article = sink.sent.get(0);
        assertThat(article.key()).isEqualTo("harbour-2025-0001");
        assertThat(article.timestamp()).isEqualTo(Instant.parse("2025-03-04T08:30:00Z").toEpochMilli());
        assertThat(article.headers()).containsExactly(Map.entry("source", "Harbour Gazette"),
                Map.entry("url", "http://example.org/news/ferry"), Map.entry("content-type", "application/json"),
                Map.entry("language-hint", "en"), Map.entry("country-hint", "NO"));
        JsonNode json = new ObjectMapper().readTree(article.value());
        assertThat(json.get("id").asText()).isEqualTo("harbour-2025-0001");
        assertThat(json.get("title").asText()).isEqualTo("Ferry service resumes after the storm");
        assertThat(json.get("body").asText()).startsWith("The ferry between the two islands").contains("\n\nHarbour officials");
        assertThat(json.get("url").asText()).isEqualTo("http://example.org/news/ferry");
        assertThat(json.get("published_at").asText()).isEqualTo("2025-03-04T08:30:00Z");
        assertThat(json.get("source").asText()).isEqualTo("Harbour Gazette");
        assertThat(json.get("language").asText()).isEqualTo("en");

        FeedRecord page = sink.sent.get(1);
        assertThat(page.key()).isEqualTo("harbour-2025-0002");
        assertThat(page.value()).isEqualTo(PAGE);
        assertThat(page.headers()).containsEntry("content-type", "text/html; charset=utf-8")
                .containsEntry("url", PAGE_URL.toString()).containsEntry("source", "Harbour Gazette");
        assertThat(page.timestamp()).isEqualTo(Instant.parse("2025-03-05T10:00:00Z").toEpochMilli());
        assertThat(fetcher.calls(PAGE_URL)).isEqualTo(1);
    }

    @Test
    void theNextPollIsConditionalAndSendsNothingNewAndARestartSendsNothingAgain() throws Exception {
        fetcher.answer(FEED_URL, rssDocument());
        fetcher.answer(PAGE_URL, new FetchResult.Fetched(PAGE_URL, "text/html", PAGE, Validators.NONE));
        FeedPoller poller = poller();
        pollNow(poller);
        assertThat(sink.sent).hasSize(2);

        clock.advance(Duration.ofMinutes(4));
        assertThat(poller.pollDue(Runnable::run, outcomes::add)).as("not due before the interval").isZero();
        clock.advance(Duration.ofMinutes(1));
        fetcher.answer(FEED_URL, new FetchResult.NotModified());
        assertThat(pollNow(poller).describe()).isEqualTo("Harbour Gazette: not modified (304); next poll in 5m");
        assertThat(fetcher.lastValidators(FEED_URL)).isEqualTo(V1);

        // the server forgets its validators and sends the same document: nothing is sent twice
        fetcher.answer(FEED_URL, rssDocument());
        clock.advance(INTERVAL);
        assertThat(pollNow(poller).describe()).startsWith("Harbour Gazette: 2 items, 0 sent (0 as articles, 0 as pages), 2 sent before");

        FeedPoller restarted = poller();
        assertThat(pollNow(restarted).sent()).isZero();
        assertThat(fetcher.lastValidators(FEED_URL)).as("validators survive the restart").isEqualTo(V1);
        assertThat(sink.sent).hasSize(2);
        assertThat(fetcher.calls(PAGE_URL)).isEqualTo(1);
    }

    @Test
    void aFailingFeedBacksOffDoublingAndASuccessResetsTheWait() throws Exception {
        fetcher.fail(FEED_URL, "HTTP 500 from " + FEED_URL);
        FeedPoller poller = poller();

        assertThat(pollNow(poller).describe()).isEqualTo(
                "Harbour Gazette: failed: HTTP 500 from " + FEED_URL + " (1 in a row); next poll in 10m");
        clock.advance(Duration.ofMinutes(9));
        assertThat(poller.pollDue(Runnable::run, outcomes::add)).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(pollNow(poller).nextPoll()).isEqualTo(Duration.ofMinutes(20));
        clock.advance(Duration.ofMinutes(20));
        assertThat(pollNow(poller).nextPoll()).isEqualTo(Duration.ofMinutes(40));
        clock.advance(Duration.ofMinutes(40));
        assertThat(pollNow(poller).nextPoll()).as("capped by newsline.feeds.max.backoff").isEqualTo(Duration.ofHours(1));
        assertThat(fetcher.calls(FEED_URL)).isEqualTo(4);

        fetcher.answer(FEED_URL, rssDocument());
        fetcher.answer(PAGE_URL, new FetchResult.Fetched(PAGE_URL, "text/html", PAGE, Validators.NONE));
        clock.advance(Duration.ofHours(1));
        PollOutcome recovered = pollNow(poller);
        assertThat(recovered.sent()).isEqualTo(2);
        assertThat(recovered.nextPoll()).isEqualTo(INTERVAL);
    }

    @Test
    void aPageThatCannotBeFetchedIsTriedAgainThenItsSummaryIsSent() throws Exception {
        fetcher.answer(FEED_URL, rssDocument());
        fetcher.fail(PAGE_URL, "HTTP 503 from " + PAGE_URL);
        FeedPoller poller = poller();

        PollOutcome first = pollNow(poller);
        assertThat(first.articles()).isEqualTo(1);
        assertThat(first.pending()).isEqualTo(1);
        assertThat(first.describe()).contains("1 to try again (page of harbour-2025-0002: HTTP 503 from " + PAGE_URL + ")");
        clock.advance(INTERVAL);
        assertThat(pollNow(poller).pending()).isEqualTo(1);
        assertThat(fetcher.lastValidators(FEED_URL)).as("no 304 may hide the pending item").isEqualTo(Validators.NONE);
        clock.advance(INTERVAL);
        PollOutcome third = pollNow(poller);

        assertThat(third.articles()).isEqualTo(1);
        assertThat(third.pending()).isZero();
        assertThat(fetcher.calls(PAGE_URL)).isEqualTo(FeedPoller.PAGE_ATTEMPTS);
        FeedRecord summary = sink.sent.get(1);
        assertThat(summary.key()).isEqualTo("harbour-2025-0002");
        assertThat(new ObjectMapper().readTree(summary.value()).get("body").asText()).isEqualTo("The council voted on Wednesday.");
        clock.advance(INTERVAL);
        pollNow(poller);
        assertThat(fetcher.lastValidators(FEED_URL)).as("everything handled: validators kept").isEqualTo(V1);
    }

    @Test
    void hostileXmlIsAFailedPollWithItsReasonAndSendsNothing(@TempDir Path files) throws Exception {
        Path secret = java.nio.file.Files.writeString(files.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        FeedPoller poller = poller();
        for (String hostile : List.of(TestFeeds.xxe(secret.toUri().toString()), TestFeeds.billionLaughs())) {
            fetcher.answer(FEED_URL, new FetchResult.Fetched(FEED_URL, "application/rss+xml", utf8(hostile), V1));
            PollOutcome outcome = pollNow(poller);

            assertThat(outcome.status()).isEqualTo(PollOutcome.Status.FAILED);
            assertThat(outcome.describe()).startsWith("Harbour Gazette: failed: not a feed we read: ")
                    .contains("DOCTYPE is disallowed").doesNotContain("TOP-SECRET-CONTENT");
            clock.advance(Duration.ofHours(1));
        }
        assertThat(sink.sent).isEmpty();
    }

    @Test
    void withPageFetchingOffTheSummaryIsSentAsTheBody() throws Exception {
        fetcher.answer(FEED_URL, rssDocument());

        PollOutcome outcome = pollNow(poller("newsline.feeds.fetch.pages", "false"));

        assertThat(outcome.articles()).isEqualTo(2);
        assertThat(fetcher.calls(PAGE_URL)).isZero();
        assertThat(new ObjectMapper().readTree(sink.sent.get(1).value()).get("body").asText())
                .isEqualTo("The council voted on Wednesday.");
    }

    @Test
    void aRecordTheBrokerDidNotTakeIsSentAgainOnTheNextPoll() throws Exception {
        List<PollOutcome> polls = twoPollsWithTheFirstRecordRefused(
                new Refusal("not acknowledged by Kafka: timed out", false));

        assertThat(polls.get(0).sent()).isEqualTo(1);
        assertThat(polls.get(0).pending()).isEqualTo(1);
        assertThat(polls.get(1).sent()).isEqualTo(1);
        assertThat(polls.get(1).sentBefore()).isEqualTo(1);
        assertThat(sink.sent).extracting(FeedRecord::key).containsExactly("harbour-2025-0002", "harbour-2025-0001");
    }

    @Test
    void aRecordTooLargeForTheLimitsIsSkippedForGoodAndNotTriedAgain() throws Exception {
        List<PollOutcome> polls = twoPollsWithTheFirstRecordRefused(
                new Refusal("2000000 bytes (1.9 MiB), more than newsline.max.article.bytes=524288", true));

        assertThat(polls.get(0).describe()).contains("1 sent (0 as articles, 1 as pages)").contains("1 too large, skipped")
                .contains("harbour-2025-0001 skipped: 2000000 bytes (1.9 MiB), more than newsline.max.article.bytes=524288");
        assertThat(polls.get(1).sent()).isZero();
        assertThat(polls.get(1).sentBefore()).isEqualTo(2);
        assertThat(sink.sent).extracting(FeedRecord::key).containsExactly("harbour-2025-0002");
    }

    /** Polls the RSS document twice, the sink refusing the first record of the first poll. */
    private List<PollOutcome> twoPollsWithTheFirstRecordRefused(Refusal refusal) throws Exception {
        fetcher.answer(FEED_URL, rssDocument());
        fetcher.answer(PAGE_URL, new FetchResult.Fetched(PAGE_URL, "text/html", PAGE, Validators.NONE));
        sink.refuseNext = refusal;
        FeedPoller poller = poller();
        PollOutcome first = pollNow(poller);
        clock.advance(INTERVAL);
        return List.of(first, pollNow(poller));
    }

    @Test
    void aFeedThatHangsHoldsUpNoOtherFeed() throws Exception {
        try (FeedServer server = new FeedServer()) {
            server.on("/hang.rss", server.hang());
            server.on("/quick.rss", FeedServer.ok("application/rss+xml", utf8(TestFeeds.rss(server.url("/page").toString()))));
            server.on("/page", FeedServer.ok("text/html", PAGE));
            FeedSource hanging = new FeedSource(server.url("/hang.rss"), "hanging", Optional.empty(), Optional.empty());
            FeedSource quick = new FeedSource(server.url("/quick.rss"), "quick", Optional.empty(), Optional.empty());
            FeedSettings settings = FeedSettings.from(new Properties());
            FeedPoller poller = new FeedPoller(List.of(hanging, quick), new HttpFetcher(settings), sink,
                    SentItems.load(dir.resolve("state.json")), settings, INTERVAL, clock);
            LinkedBlockingQueue<PollOutcome> reported = new LinkedBlockingQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                assertThat(poller.pollDue(pool, reported::add)).isEqualTo(2);
                PollOutcome first = reported.poll(60, TimeUnit.SECONDS);
                assertThat(first).isNotNull();
                assertThat(first.feed()).isEqualTo("quick");
                assertThat(first.sent()).isEqualTo(2);

                clock.advance(INTERVAL);
                assertThat(poller.pollDue(pool, reported::add)).as("the hanging feed is still in flight").isEqualTo(1);
                assertThat(reported.poll(60, TimeUnit.SECONDS).feed()).isEqualTo("quick");
                assertThat(reported).isEmpty();
            } finally {
                server.close(); // releases the hanging answer
                pool.shutdown();
                assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(reported).extracting(PollOutcome::feed).containsExactly("hanging");
        }
    }

    private static FetchResult.Fetched rssDocument() {
        return new FetchResult.Fetched(FEED_URL, "application/rss+xml", utf8(TestFeeds.rss(PAGE_URL.toString())), V1);
    }

    /** Answers per URL as the test sets them, and counts the calls. */
    private static final class ScriptedFetcher implements Fetcher {
        private final Map<URI, Object> answers = new HashMap<>();
        private final Map<URI, Integer> calls = new HashMap<>();
        private final Map<URI, Validators> validators = new HashMap<>();

        void answer(URI url, FetchResult result) {
            answers.put(url, result);
        }

        void fail(URI url, String message) {
            answers.put(url, new FetchException(message));
        }

        int calls(URI url) {
            return calls.getOrDefault(url, 0);
        }

        Validators lastValidators(URI url) {
            return validators.get(url);
        }

        @Override
        public synchronized FetchResult fetch(URI url, Validators given, int maxBytes, String accept) throws FetchException {
            calls.merge(url, 1, Integer::sum);
            validators.put(url, given);
            Object answer = answers.get(url);
            if (answer instanceof FetchException e) {
                throw e;
            }
            if (answer == null) {
                throw new FetchException("HTTP 404 from " + url);
            }
            return (FetchResult) answer;
        }
    }

    /** Keeps what it is sent; refuses the first record once when told to. */
    private static final class ListSink implements RawRecordSink {
        final List<FeedRecord> sent = new ArrayList<>();
        Refusal refuseNext;

        @Override
        public synchronized List<Optional<Refusal>> send(List<FeedRecord> records) {
            List<Optional<Refusal>> results = new ArrayList<>();
            for (FeedRecord record : records) {
                if (refuseNext != null) {
                    results.add(Optional.of(refuseNext));
                    refuseNext = null;
                } else {
                    sent.add(record);
                    results.add(Optional.empty());
                }
            }
            return results;
        }
    }
}
