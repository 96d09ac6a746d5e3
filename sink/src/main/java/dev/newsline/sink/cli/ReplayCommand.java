package dev.newsline.sink.cli;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.source.ArticleOutcome;
import dev.newsline.ingest.source.ArticleSource;
import dev.newsline.ingest.source.RawArticleProducer;
import dev.newsline.ingest.source.RawTopic;
import dev.newsline.ingest.source.SendSummary;
import dev.newsline.ingest.source.SourceLimits;
import dev.newsline.ingest.source.Sources;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.demo.DemoResult;
import dev.newsline.sink.demo.DemoRunner;
import dev.newsline.sink.replay.ArchiveReplay;
import dev.newsline.sink.replay.Checkpoint;
import dev.newsline.sink.replay.ProgressDisplay;
import dev.newsline.sink.replay.ReplayInputs;
import dev.newsline.sink.replay.ReplayTally;
import dev.newsline.sink.replay.Ticker;
import dev.newsline.sink.replay.TokenBucket;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsline replay}: archives, folders and files to news.raw, with progress on stderr, a summary, an
 * optional rate limit and a checkpoint to resume from; or, with {@code --embedded}, through the whole
 * pipeline on an embedded broker, as the demo does.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay archives, folders and files to news.raw: one record per article, keyed by its id and "
                + "time-stamped with its event time.",
                "Reads zip, tar, tar.gz, JSON Lines (.jsonl, .jsonl.gz), WARC (.warc, .warc.gz) and loose files. "
                        + "Progress goes to stderr, a summary to stdout; skipped and failed articles alone still exit 0."})
final class ReplayCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Archives, files or folders to replay.")
    List<Path> paths;

    @ArgGroup(multiplicity = "1")
    Target target;

    /** Where the articles go: a cluster, or an embedded broker with the pipeline. */
    static final class Target {
        @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
        String bootstrapServers;

        @Option(names = "--embedded", description = "Start an embedded broker and the pipeline, replay, wait until "
                + "every article is accounted for, dump the outputs (as `demo` does).")
        boolean embedded;
    }

    @Option(names = "--resume", description = "Skip what the checkpoint says the broker already acknowledged.")
    boolean resume;

    @Option(names = "--checkpoint", paramLabel = "FILE", defaultValue = ".newsline/replay-checkpoint.json",
            description = "Where acknowledged articles are recorded, per input file (default: ${DEFAULT-VALUE}).")
    Path checkpointFile;

    @Option(names = "--max-rate", paramLabel = "N", description = "At most N articles per second (default: no limit).")
    Double maxRate;

    @Option(names = "--watch", paramLabel = "SECONDS",
            description = "After the first pass, look for new files in the folders every SECONDS, until Ctrl-C.")
    Long watchSeconds;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, lines otherwise), bar, lines or none (default: ${DEFAULT-VALUE}).")
    String progress;

    @Option(names = "--dump-dir", paramLabel = "DIR", defaultValue = "target/replay",
            description = "With --embedded: where to write <topic>.jsonl (default: ${DEFAULT-VALUE}).")
    Path dumpDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "With --embedded: how long to wait for every article on the outputs (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    ConfigOptions config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (maxRate != null && !(maxRate > 0)) {
            throw new UserError("--max-rate takes a number of articles per second, more than 0, got " + maxRate);
        }
        if (watchSeconds != null && (watchSeconds < 1 || target.embedded)) {
            throw new UserError(target.embedded ? "--watch runs until Ctrl-C: use it with --bootstrap-server, not --embedded"
                    : "--watch takes a number of seconds, 1 or more, got " + watchSeconds);
        }
        ProgressDisplay.Mode mode = progressMode();
        Properties settings = config.toProperties();
        List<ArticleSource> sources;
        try {
            sources = Sources.of(paths, SourceLimits.of(NewslineSettings.from(settings)),
                    watchSeconds == null ? null : Duration.ofSeconds(watchSeconds));
        } catch (NoSuchFileException e) {
            throw new UserError("input not found: " + e.getFile() + " (check the path)");
        }
        Checkpoint checkpoint = checkpoint();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArchiveReplay replay = new ArchiveReplay(checkpoint, maxRate == null ? null : new TokenBucket(maxRate, Ticker.SYSTEM),
                new ProgressDisplay(err, mode, Ticker.SYSTEM, ReplayInputs.sizeOnDisk(paths)), Ticker.SYSTEM);
        return target.embedded ? embedded(replay, out) : toCluster(replay, sources, settings, out, err);
    }

    private int toCluster(ArchiveReplay replay, List<ArticleSource> sources, Properties settings, PrintWriter out,
                          PrintWriter err) throws Exception {
        String bootstrap = target.bootstrapServers;
        BrokerCheck.requireReachable(bootstrap, settings);
        RawTopic.Status topic;
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, settings))) {
            topic = RawTopic.ensure(admin, NewslineSettings.from(settings));
        }
        long start = System.nanoTime();
        Thread main = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C: stop reading, let the sends in flight be acknowledged and the checkpoint saved, then exit.
        Thread stopper = new Thread(() -> {
            main.interrupt();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        }, "newsline-replay-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try (RawArticleProducer producer = new RawArticleProducer(bootstrap, settings, topic.maxMessageBytes())) {
            producer.limits().topicTooSmall().ifPresent(w -> err.println("newsline: warning: " + w));
            ReplayTally tally;
            try {
                tally = replay.run(producer, sources, outcome -> { });
            } catch (InterruptedException e) {
                summarize(out, replay.tally(), start);
                out.println("interrupted: the checkpoint " + checkpointFile + " has what the broker acknowledged; "
                        + "run again with --resume to go on");
                return NewslineCommand.FAILURE;
            }
            summarize(out, tally, start);
            out.println(Topics.RAW + " at " + bootstrap + "; checkpoint: " + checkpointFile);
        } finally {
            finished.countDown();
            removeHook(stopper);
        }
        return 0;
    }

    private int embedded(ArchiveReplay replay, PrintWriter out) throws Exception {
        long start = System.nanoTime();
        DemoResult result = new DemoRunner(out).run(paths, dumpDir, config.toProperties(), Duration.ofSeconds(timeoutSeconds),
                (producer, sources) -> {
                    List<ArticleOutcome> sent = new ArrayList<>();
                    List<ArticleOutcome> skipped = new ArrayList<>();
                    ReplayTally tally = replay.run(producer, sources, o -> (o.sent() ? sent : skipped).add(o));
                    summarize(out, tally, start);
                    return new SendSummary(sent, skipped);
                });
        if (result.allAccounted()) {
            return 0;
        }
        spec.commandLine().getErr().println("newsline: " + result.outputs().total() + " records on the output topics for "
                + result.sent().size() + " articles sent (" + result.missing().size() + " missing"
                + (result.outputs().timedOut() ? " after " + timeoutSeconds + " s" : "") + "): see the dumps in " + dumpDir);
        return NewslineCommand.FAILURE;
    }

    private static void summarize(PrintWriter out, ReplayTally tally, long startNanos) {
        tally.summary((System.nanoTime() - startNanos) / 1e9).forEach(out::println);
        out.flush();
    }

    private Checkpoint checkpoint() {
        if (!resume) {
            return Checkpoint.fresh(checkpointFile);
        }
        try {
            return Checkpoint.load(checkpointFile);
        } catch (IOException e) {
            throw new UserError("cannot resume from " + checkpointFile + ": " + e.getMessage()
                    + " (give the right --checkpoint, or replay without --resume)");
        }
    }

    private ProgressDisplay.Mode progressMode() {
        return switch (progress) {
            case "auto" -> ReplayInputs.stderrIsTerminal() ? ProgressDisplay.Mode.BAR : ProgressDisplay.Mode.LINES;
            case "bar" -> ProgressDisplay.Mode.BAR;
            case "lines" -> ProgressDisplay.Mode.LINES;
            case "none" -> ProgressDisplay.Mode.NONE;
            default -> throw new UserError("--progress takes auto, bar, lines or none, got " + progress);
        };
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down: the hook is running
        }
    }
}
