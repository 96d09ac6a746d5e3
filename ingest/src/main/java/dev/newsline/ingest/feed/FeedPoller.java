package dev.newsline.ingest.feed;

import dev.newsline.ingest.config.FeedSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Polls the feeds, each on its own schedule: a conditional GET of the document, then every item not sent before
 * goes to news.raw (its full text as a JSON article; else its linked page, or its summary), and what was
 * acknowledged is remembered in {@link SentItems}. A failing feed is polled again after a growing wait
 * ({@link Backoff}); a feed being polled is not polled again until it is done, so one that hangs holds up only
 * itself, for at most the request timeout.
 */
public final class FeedPoller {

    /** Polls on which a linked page may fail before the item's summary is sent instead. */
    public static final int PAGE_ATTEMPTS = 3;
    private static final int PROBLEMS_KEPT = 3;

    private final List<FeedSource> feeds;
    private final Fetcher fetcher;
    private final FeedParser parser = new FeedParser();
    private final RawRecordSink sink;
    private final SentItems state;
    private final FeedSettings settings;
    private final Backoff backoff;
    private final Clock clock;
    private final Map<String, Instant> nextPoll = new HashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();
    // polls of different feeds run side by side
    private final Map<String, Integer> pageFailures = new ConcurrentHashMap<>();
    private final Set<String> inFlight = new HashSet<>();

    public FeedPoller(List<FeedSource> feeds, Fetcher fetcher, RawRecordSink sink, SentItems state,
                      FeedSettings settings, Duration interval, Clock clock) {
        this.feeds = List.copyOf(feeds);
        this.fetcher = fetcher;
        this.sink = sink;
        this.state = state;
        this.settings = settings;
        this.backoff = new Backoff(interval, settings.maxBackoff());
        this.clock = clock;
        Instant now = clock.instant();
        feeds.forEach(feed -> nextPoll.put(feed.name(), now));
    }

    /**
     * Starts a poll of every feed whose time has come and that is not being polled, on {@code executor};
     * {@code report} hears each outcome.
     *
     * @return how many polls were started
     */
    public int pollDue(Executor executor, Consumer<PollOutcome> report) {
        List<FeedSource> due = new ArrayList<>();
        synchronized (this) {
            Instant now = clock.instant();
            for (FeedSource feed : feeds) {
                if (!inFlight.contains(feed.name()) && !nextPoll.get(feed.name()).isAfter(now)) {
                    inFlight.add(feed.name());
                    due.add(feed);
                }
            }
        }
        for (FeedSource feed : due) {
            executor.execute(() -> {
                PollOutcome outcome;
                try {
                    outcome = poll(feed);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // stopping: the feed is polled again at the next start
                    return;
                } finally {
                    synchronized (this) {
                        inFlight.remove(feed.name());
                    }
                }
                report.accept(outcome);
            });
        }
        return due.size();
    }

    /** When the next feed is due (now, for one never polled). */
    public synchronized Instant nextDue() {
        return nextPoll.values().stream().min(Instant::compareTo).orElse(clock.instant());
    }

    /** Polls one feed now and schedules its next poll. */
    PollOutcome poll(FeedSource feed) throws InterruptedException {
        Instant fetchedAt = clock.instant();
        FetchResult.Fetched document;
        ParsedFeed parsed;
        try {
            FetchResult result = fetcher.fetch(feed.url(), state.validators(feed.name()), settings.maxFeedBytes(),
                    HttpFetcher.ACCEPT_FEED);
            if (!(result instanceof FetchResult.Fetched fetched)) {
                return succeeded(feed, PollOutcome.Status.NOT_MODIFIED, new Tally());
            }
            document = fetched;
            parsed = parser.parse(document.body(), document.contentType());
        } catch (FetchException | FeedParseException e) {
            return failed(feed, e.getMessage());
        }
        Tally tally = sendNew(feed, parsed, fetchedAt);
        if (tally.pending == 0) {
            // only now: a 304 next time must not hide items still to send
            state.setValidators(feed.name(), document.validators());
        }
        try {
            state.save();
        } catch (IOException e) {
            tally.problem("cannot write the state file (items may be sent again after a restart): " + e.getMessage());
        }
        return succeeded(feed, PollOutcome.Status.FETCHED, tally);
    }

    private Tally sendNew(FeedSource feed, ParsedFeed parsed, Instant fetchedAt) throws InterruptedException {
        Tally tally = new Tally();
        tally.items = parsed.items().size();
        tally.withoutKey = parsed.withoutKey();
        List<FeedRecord> records = new ArrayList<>();
        List<Boolean> isPage = new ArrayList<>();
        for (FeedItem item : parsed.items()) {
            if (state.contains(feed.name(), item.key())) {
                tally.sentBefore++;
                continue;
            }
            Optional<FeedRecord> record = record(feed, item, fetchedAt, tally);
            if (record.isPresent()) {
                records.add(record.get());
                isPage.add(!FeedRecords.JSON.equals(record.get().headers().get(FeedRecords.CONTENT_TYPE)));
            }
        }
        List<Optional<Refusal>> results = records.isEmpty() ? List.of() : sink.send(records);
        for (int i = 0; i < records.size(); i++) {
            Optional<Refusal> refusal = results.get(i);
            if (refusal.isPresent() && refusal.get().lasting()) {
                state.add(feed.name(), records.get(i).key());
                tally.refused++;
                tally.problem(records.get(i).key() + " skipped: " + refusal.get().reason());
                continue;
            }
            if (refusal.isPresent()) {
                tally.pending++;
                tally.problem(records.get(i).key() + ": " + refusal.get().reason());
                continue;
            }
            state.add(feed.name(), records.get(i).key());
            pageFailures.remove(feed.name() + "\n" + records.get(i).key());
            if (isPage.get(i)) {
                tally.pages++;
            } else {
                tally.articles++;
            }
        }
        return tally;
    }

    /** The record for a new item: its full text; else its page; else its summary; empty when none can be had now. */
    private Optional<FeedRecord> record(FeedSource feed, FeedItem item, Instant fetchedAt, Tally tally)
            throws InterruptedException {
        if (item.content().isPresent()) {
            return Optional.of(FeedRecords.article(feed, item, item.content().get(), fetchedAt));
        }
        if (settings.fetchPages() && item.link().isPresent()) {
            String attemptKey = feed.name() + "\n" + item.key();
            try {
                FetchResult page = fetcher.fetch(feed.url().resolve(item.link().get().strip()), Validators.NONE,
                        settings.maxPageBytes(), HttpFetcher.ACCEPT_PAGE);
                if (page instanceof FetchResult.Fetched fetched) {
                    return Optional.of(FeedRecords.page(feed, item, fetched, fetchedAt));
                }
            } catch (FetchException | IllegalArgumentException e) {
                int attempts = pageFailures.merge(attemptKey, 1, Integer::sum);
                if (attempts < PAGE_ATTEMPTS) {
                    tally.pending++;
                    tally.problem("page of " + item.key() + ": " + e.getMessage());
                    return Optional.empty();
                }
                pageFailures.remove(attemptKey);
                tally.problem("page of " + item.key() + " failed " + attempts + " times ("  + e.getMessage() + "), "
                        + (item.summary().isPresent() ? "its summary sent instead" : "skipped"));
            }
        }
        if (item.summary().isPresent()) {
            return Optional.of(FeedRecords.article(feed, item, item.summary().get(), fetchedAt));
        }
        tally.withoutText++;
        state.add(feed.name(), item.key());
        return Optional.empty();
    }

    private synchronized PollOutcome succeeded(FeedSource feed, PollOutcome.Status status, Tally tally) {
        failures.put(feed.name(), 0);
        Duration wait = backoff.after(0);
        nextPoll.put(feed.name(), clock.instant().plus(wait));
        return new PollOutcome(feed.name(), status, tally.items, tally.sentBefore, tally.articles, tally.pages,
                tally.withoutText, tally.withoutKey, tally.refused, tally.pending, List.copyOf(tally.problems),
                Optional.empty(), 0, wait);
    }

    private synchronized PollOutcome failed(FeedSource feed, String why) {
        int inARow = failures.merge(feed.name(), 1, Integer::sum);
        Duration wait = backoff.after(inARow);
        nextPoll.put(feed.name(), clock.instant().plus(wait));
        return new PollOutcome(feed.name(), PollOutcome.Status.FAILED, 0, 0, 0, 0, 0, 0, 0, 0, List.of(),
                Optional.of(why), inARow, wait);
    }

    /** Counts of one poll as it goes. */
    private static final class Tally {
        int items;
        int sentBefore;
        int articles;
        int pages;
        int withoutText;
        int withoutKey;
        int refused;
        int pending;
        final List<String> problems = new ArrayList<>();

        void problem(String line) {
            if (problems.size() < PROBLEMS_KEPT) {
                problems.add(line);
            }
        }
    }
}
