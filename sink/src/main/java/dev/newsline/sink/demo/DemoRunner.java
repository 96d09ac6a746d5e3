package dev.newsline.sink.demo;

import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.source.ArticleFile;
import dev.newsline.ingest.source.ArticleFiles;
import dev.newsline.ingest.source.RawArticleProducer;
import dev.newsline.sink.app.NewslineApplication;
import dev.newsline.sink.broker.EmbeddedKafkaCluster;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The demo: an embedded broker, the application, every input file produced to news.raw, a wait until
 * every record is accounted for, each output topic dumped as JSON lines, and a summary table.
 */
public final class DemoRunner {

    private final PrintStream out;

    public DemoRunner(PrintStream out) {
        this.out = out;
    }

    /** Runs the demo on {@code inputs}; writes {@code dumpDir/<topic>.jsonl}. */
    public void run(List<Path> inputs, Path dumpDir, Properties overrides, Duration timeout) throws Exception {
        List<ArticleFile> files = ArticleFiles.collect(inputs);
        out.printf("Newsline demo: %d input files from %s%n", files.size(), inputs);
        long t0 = System.nanoTime();
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            long t1 = System.nanoTime();
            out.printf("embedded Kafka broker at %s (started in %.1f s)%n", kafka.bootstrapServers(), seconds(t0, t1));
            Properties config = demoConfig(overrides);
            Enrichers enrichers = Enrichers.load(NewslineSettings.from(config));
            long t2 = System.nanoTime();
            out.printf("models and gazetteers loaded in %.1f s%n", seconds(t1, t2));
            try (NewslineApplication app = NewslineApplication.start(kafka.bootstrapServers(), config, enrichers,
                    Duration.ofSeconds(60));
                 RawArticleProducer producer = new RawArticleProducer(kafka.bootstrapServers(), config);
                 OutputCollector collector = new OutputCollector(kafka.bootstrapServers())) {
                long t3 = System.nanoTime();
                int produced = producer.send(files);
                Map<String, List<ConsumerRecord<String, String>>> accounted = collector.awaitAccounted(produced, timeout);
                long t4 = System.nanoTime();
                out.printf("pipeline running in %.1f s; %d records produced and accounted for in %.1f s%n",
                        seconds(t2, t3), produced, seconds(t3, t4));
                Map<String, Integer> routed = dump(collector, dumpDir);
                DemoSummary.print(out, produced, accounted, routed);
                out.printf("%ndumps: %s/<topic>.jsonl%n", dumpDir);
            }
        }
    }

    private static Properties demoConfig(Properties overrides) throws IOException {
        Properties p = new Properties();
        p.put("newsline.topic.partitions", "2");
        p.put("newsline.topic.replication.factor", "1");
        p.put("replication.factor", "1");
        p.put("state.dir", Files.createTempDirectory("newsline-demo-state-").toString());
        p.put("commit.interval.ms", "100");
        p.putAll(overrides);
        return p;
    }

    private static Map<String, Integer> dump(OutputCollector collector, Path dumpDir) throws Exception {
        Files.createDirectories(dumpDir);
        Map<String, Integer> routed = new LinkedHashMap<>();
        for (String topic : collector.outputTopics()) {
            List<ConsumerRecord<String, String>> records = collector.readAll(topic);
            if (records.isEmpty() && dev.newsline.ingest.topology.Topics.isRoutedTopic(topic)) {
                continue; // every per-tag topic exists from the start; only those that got copies are worth a file
            }
            StringBuilder lines = new StringBuilder();
            records.forEach(r -> lines.append(r.value()).append('\n'));
            Files.writeString(dumpDir.resolve(topic + ".jsonl"), lines, StandardCharsets.UTF_8);
            if (dev.newsline.ingest.topology.Topics.isRoutedTopic(topic)) {
                routed.put(topic, records.size());
            }
        }
        return routed;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
