package dev.newsline.sink.demo;

import dev.newsline.enrich.topology.Enrichers;
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
import dev.newsline.sink.api.ApiServer;
import dev.newsline.sink.api.HttpEndpoint;
import dev.newsline.sink.app.NewslineApplication;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The demo: an embedded broker, the application, every article of the inputs produced to news.raw the way
 * {@code newsline produce} does (folders, archives, JSON Lines, WARC), a wait until every record is accounted for (or the timeout), each output
 * topic dumped as JSON lines, and a summary table; after a timeout, also the articles still missing.
 */
public final class DemoRunner {

    /** How long the demo waits for per-tag topics the start-up request did not see confirmed. */
    private static final Duration TAG_TOPICS_WAIT = Duration.ofSeconds(60);

    private final PrintWriter out;

    public DemoRunner(PrintWriter out) {
        this.out = out;
    }

    /** How the inputs reach news.raw: {@code produce}'s way by default, {@code replay}'s with {@code replay --embedded}. */
    @FunctionalInterface
    public interface Sender {
        /** Sends the articles of {@code sources}; the summary's sent articles are those awaited on the outputs. */
        SendSummary send(RawArticleProducer producer, List<ArticleSource> sources) throws Exception;
    }

    /** Runs the demo on {@code inputs}; writes {@code dumpDir/<topic>.jsonl} whether or not everything arrived. */
    public DemoResult run(List<Path> inputs, Path dumpDir, Properties overrides, Duration timeout) throws Exception {
        return run(inputs, dumpDir, overrides, timeout, producesEach(), Optional.empty(), () -> { });
    }

    /** {@link #run(List, Path, Properties, Duration)}, sending through {@code sender}. */
    public DemoResult run(List<Path> inputs, Path dumpDir, Properties overrides, Duration timeout, Sender sender)
            throws Exception {
        return run(inputs, dumpDir, overrides, timeout, sender, Optional.empty(), () -> { });
    }

    /** {@code produce}'s way of sending: a line for each article that was not sent. */
    public Sender producesEach() {
        return (producer, sources) -> producer.send(sources, outcome -> {
            if (!outcome.sent()) {
                out.println(outcome.describe());
            }
        });
    }

    /**
     * The demo; with {@code serve}, after the summary it serves the HTTP API and the desk page there and keeps
     * running until {@code untilStopped} returns (the command waits for Ctrl-C).
     */
    public DemoResult run(List<Path> inputs, Path dumpDir, Properties overrides, Duration timeout, Sender sender,
                          Optional<HttpEndpoint> serve, Waiter untilStopped) throws Exception {
        out.printf("Newsline demo: articles from %s%n", inputs);
        long t0 = System.nanoTime();
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            String bootstrap = kafka.bootstrapServers();
            long t1 = System.nanoTime();
            out.printf("embedded Kafka broker at %s (started in %.1f s)%n", bootstrap, seconds(t0, t1));
            Properties config = demoConfig(overrides);
            serve.ifPresent(h -> h.advertisedIn(config));
            NewslineSettings settings = NewslineSettings.from(config);
            Enrichers enrichers = Enrichers.load(settings);
            long t2 = System.nanoTime();
            out.printf("models and gazetteers loaded in %.1f s%n", seconds(t1, t2));
            List<ArticleSource> sources = Sources.of(inputs, SourceLimits.of(settings), null);
            RawTopic.Status raw;
            try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrap, config))) {
                raw = RawTopic.ensure(admin, settings);
            }
            try (NewslineApplication app = NewslineApplication.start(bootstrap, config, enrichers, Duration.ofSeconds(60));
                 RawArticleProducer producer = new RawArticleProducer(bootstrap, config, raw.maxMessageBytes());
                 OutputCollector collector = new OutputCollector(bootstrap, config)) {
                awaitTagTopics(app, settings);
                long t3 = System.nanoTime();
                SendSummary sent = sender.send(producer, sources);
                out.printf("pipeline running in %.1f s; %s; waiting up to %d s for them on the output topics%n",
                        seconds(t2, t3), sent.describe(), timeout.toSeconds());
                out.flush();
                AccountedOutputs accounted = collector.awaitAccounted(sent.sent().size(), timeout);
                long t4 = System.nanoTime();
                out.printf("%d of %d records accounted for in %.1f s%s%n", accounted.total(), sent.sent().size(),
                        seconds(t3, t4), accounted.timedOut() ? " (timed out)" : "");
                Map<String, Integer> routed = dump(collector, dumpDir);
                DemoSummary.print(out, sent.sent().size(), accounted.byTopic(), routed);
                List<ArticleOutcome> missing = MissingInputs.of(sent.sent(), accounted.byTopic());
                if (!missing.isEmpty()) {
                    out.printf("%n%d articles sent are on no output topic (%s, %s, %s):%n", missing.size(),
                            Topics.ENRICHED, Topics.DUPLICATES, Topics.REJECTED);
                    missing.forEach(f -> out.printf("  %s (%d bytes, news.raw partition %d offset %d)%n",
                            f.where(), f.bytes(), f.partition(), f.offset()));
                }
                out.printf("%ndumps: %s/<topic>.jsonl%n", dumpDir);
                out.flush();
                if (serve.isPresent()) {
                    try (ApiServer api = ApiServer.start(app, serve.get(), bootstrap, config)) {
                        out.printf("%nNewsline desk at %s (API at %sapi/articles; Ctrl-C to stop)%n", serve.get().url(),
                                serve.get().url());
                        out.flush();
                        untilStopped.await();
                    }
                }
                return new DemoResult(sent.sent(), accounted, missing);
            }
        }
    }

    /**
     * On a busy machine the broker may not confirm all ~290 per-tag topics within the start-up request's time; the
     * demo then waits for the refresh to find them, so that every article sent gets its per-tag copies.
     */
    private void awaitTagTopics(NewslineApplication app, NewslineSettings settings) throws InterruptedException {
        if (settings.routeTopics() == NewslineSettings.TopicCreation.CREATE && !app.awaitTagTopics(TAG_TOPICS_WAIT)) {
            out.printf("some per-tag topics were still not ready after %d s; their copies are skipped until they are%n",
                    TAG_TOPICS_WAIT.toSeconds());
        }
    }

    /** Blocks until the served demo should stop. */
    @FunctionalInterface
    public interface Waiter {
        void await() throws InterruptedException;
    }

    private static Properties demoConfig(Properties overrides) throws IOException {
        Properties p = new Properties();
        p.put("newsline.topic.partitions", "2");
        p.put("newsline.topic.replication.factor", "1");
        p.put("replication.factor", "1");
        p.put("state.dir", Files.createTempDirectory("newsline-demo-state-").toString());
        p.put("commit.interval.ms", "100");
        p.put("newsline.route.refresh", "PT1S");
        // The seeds' publication dates are years apart: count them all (docs/operations.md, HTTP API).
        p.put("newsline.counts.grace", "P3650D");
        p.putAll(overrides);
        return p;
    }

    private static Map<String, Integer> dump(OutputCollector collector, Path dumpDir) throws Exception {
        Files.createDirectories(dumpDir);
        try (var old = Files.newDirectoryStream(dumpDir, "news.*.jsonl")) {
            for (Path stale : old) {
                Files.delete(stale); // a previous run's topics must not pass for this run's output
            }
        }
        Map<String, Integer> routed = new LinkedHashMap<>();
        for (String topic : collector.outputTopics()) {
            List<ConsumerRecord<String, String>> records = collector.readAll(topic);
            if (records.isEmpty() && dev.newsline.ingest.topology.Topics.isRoutedTopic(topic)) {
                continue; // every per-tag topic exists from the start; only those that got copies are worth a file
            }
            // Line by line: a replay's ten thousand enriched records need not fit in memory twice over.
            try (BufferedWriter w = Files.newBufferedWriter(dumpDir.resolve(topic + ".jsonl"), StandardCharsets.UTF_8)) {
                for (ConsumerRecord<String, String> r : records) {
                    w.write(r.value());
                    w.write('\n');
                }
            }
            if (Topics.isRoutedTopic(topic)) {
                routed.put(topic, records.size());
            }
        }
        return routed;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
