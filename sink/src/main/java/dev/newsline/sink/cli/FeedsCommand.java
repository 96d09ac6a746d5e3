package dev.newsline.sink.cli;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.FeedSettings;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.feed.FeedLoop;
import dev.newsline.ingest.feed.FeedPoller;
import dev.newsline.ingest.feed.FeedSource;
import dev.newsline.ingest.feed.FeedsFile;
import dev.newsline.ingest.feed.FeedsFileException;
import dev.newsline.ingest.feed.HttpFetcher;
import dev.newsline.ingest.feed.KafkaRawSink;
import dev.newsline.ingest.feed.PollOutcome;
import dev.newsline.ingest.feed.SentItems;
import dev.newsline.ingest.source.RawTopic;
import dev.newsline.ingest.topology.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code newsline feeds}: polls RSS and Atom feeds listed in a feeds file and sends their new items to news.raw,
 * until Ctrl-C (or once, with {@code --once}); one line per poll.
 */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = {"Poll RSS 2.0 and Atom feeds and send new items to news.raw, until Ctrl-C.",
                "An item with its full text goes as a JSON article; one with only a summary as its linked page "
                        + "(newsline.feeds.fetch.pages=false: as its summary). Items sent are remembered in the "
                        + "state file and not sent again after a restart. See docs/operations.md, Live feeds."})
final class FeedsCommand implements Callable<Integer> {

    @Option(names = "--feeds", paramLabel = "FILE", required = true,
            description = "Feeds file: a header line 'url<TAB>name<TAB>language<TAB>country', then one feed a line.")
    Path feedsFile;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5m", converter = IntervalConverter.class,
            description = "Time between two polls of a feed: 90s, 5m, 1h or ISO-8601 (PT5M); at least 1s. Default: ${DEFAULT-VALUE}.")
    Duration interval;

    @Option(names = "--state", paramLabel = "FILE", defaultValue = "feeds-state.json",
            description = "What was sent, per feed (JSON, rewritten atomically after each poll). Default: ${DEFAULT-VALUE}.")
    Path stateFile;

    @Option(names = "--once", description = "Poll every feed once, then exit (1 if a feed failed).")
    boolean once;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "4",
            description = "Feeds polled at the same time (1-64). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Mixin
    ClusterOptions cluster;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Properties settings = cluster.config.toProperties();
        FeedSettings feedSettings = FeedSettings.from(settings);
        if (threads < 1 || threads > 64) {
            throw new UserError("--threads takes 1 to 64, got " + threads);
        }
        List<FeedSource> feeds;
        try {
            feeds = FeedsFile.read(feedsFile);
        } catch (FeedsFileException e) {
            throw new UserError(e.getMessage());
        }
        SentItems state;
        try {
            state = SentItems.load(stateFile);
        } catch (IOException e) {
            throw new UserError("state file " + stateFile + ": " + e.getMessage()
                    + " (check --state; move the file away to start afresh, items may then be sent again)");
        }
        BrokerCheck.requireReachable(cluster.bootstrapServers, settings);
        try {
            state.save(); // now rather than after the first poll, whose items would then be sent again at each start
        } catch (IOException e) {
            throw new UserError("cannot write the state file " + stateFile + ": "
                    + (e instanceof NoSuchFileException ? "its folder does not exist" : e.getMessage()) + " (check --state)");
        }
        PrintWriter out = spec.commandLine().getOut();
        RawTopic.Status topic;
        try (Admin admin = Admin.create(ClientConfigFactory.admin(cluster.bootstrapServers, settings))) {
            topic = RawTopic.ensure(admin, NewslineSettings.from(settings));
        }
        try (KafkaRawSink sink = new KafkaRawSink(cluster.bootstrapServers, settings, topic.maxMessageBytes())) {
            FeedPoller poller = new FeedPoller(feeds, new HttpFetcher(feedSettings), sink, state, feedSettings,
                    interval, Clock.systemUTC());
            FeedLoop loop = new FeedLoop(poller, Clock.systemUTC(), Math.min(threads, feeds.size()));
            AtomicBoolean anyFailed = new AtomicBoolean();
            Consumer<PollOutcome> report = outcome -> {
                anyFailed.compareAndSet(false, outcome.status() == PollOutcome.Status.FAILED);
                out.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + outcome.describe());
            };
            if (once) {
                loop.runOnce(report);
                return anyFailed.get() ? NewslineCommand.FAILURE : 0;
            }
            out.println("polling " + feeds.size() + " feed" + (feeds.size() == 1 ? "" : "s") + " every "
                    + PollOutcome.shortDuration(interval) + " to " + Topics.RAW + " at " + cluster.bootstrapServers
                    + " (state in " + stateFile + "); Ctrl-C to stop");
            runUntilStopped(loop, report);
        }
        return 0;
    }

    /** Runs the loop until Ctrl-C; the shutdown hook waits until polls under way are done and the state written. */
    private static void runUntilStopped(FeedLoop loop, Consumer<PollOutcome> report) throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                loop.close();
                finished.await(90, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsline-feeds-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            loop.run(report);
        } catch (InterruptedException e) {
            // stopped by whoever runs this command in-process: a stop like Ctrl-C
        } finally {
            loop.close();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: nothing to remove
            }
        }
    }

    /** {@code 90s}, {@code 5m}, {@code 1h}, {@code 2d} or ISO-8601; at least one second. */
    static final class IntervalConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            Duration d;
            try {
                if (t.startsWith("p")) {
                    d = Duration.parse(t.toUpperCase(Locale.ROOT));
                } else {
                    long n = Long.parseLong(t.substring(0, t.length() - 1));
                    d = switch (t.charAt(t.length() - 1)) {
                        case 's' -> Duration.ofSeconds(n);
                        case 'm' -> Duration.ofMinutes(n);
                        case 'h' -> Duration.ofHours(n);
                        case 'd' -> Duration.ofDays(n);
                        default -> throw new IllegalArgumentException();
                    };
                }
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + text + "' is not a duration such as 90s, 5m, 1h or PT5M");
            }
            if (d.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new TypeConversionException("'" + text + "' is shorter than 1s");
            }
            return d;
        }
    }
}
