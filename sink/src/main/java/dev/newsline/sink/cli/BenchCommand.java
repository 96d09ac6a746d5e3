package dev.newsline.sink.cli;

import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.source.SharedFolder;
import dev.newsline.sink.bench.BenchOptions;
import dev.newsline.sink.bench.BenchReport;
import dev.newsline.sink.bench.BenchRunner;
import dev.newsline.sink.bench.BenchSetupException;
import dev.newsline.sink.bench.BenchTable;
import dev.newsline.sink.bench.SentencePools;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsline bench}: pass-through vs full pipeline throughput, latency at a fixed rate, memory, CPU per stage. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the pipeline against a Kafka Streams pass-through on the same generated input "
                + "(embedded broker, or --bootstrap-server on a scratch cluster): articles/s and their ratio, "
                + "latency at a fixed rate, peak heap and RSS, time to first output, CPU per stage.",
                "The JMH micro-benchmarks are './newsline jmh'."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
            description = "Articles per throughput phase (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "1000",
            description = "Offered rate of the latency phase (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--latency-seconds", paramLabel = "SECONDS", defaultValue = "20",
            description = "Length of the latency phase (default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "1800",
            description = "Longest wait for one phase's outputs (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Seed articles to build the input from (default: ${DEFAULT-VALUE}); ../shared/corpus is added when present.")
    Path seeds;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    Path json;

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
            description = "A scratch cluster without news.* topics (default: an embedded broker in this JVM).")
    String bootstrapServers;

    @Mixin
    ConfigOptions config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BenchOptions options;
        try {
            options = new BenchOptions(articles, rate, latencySeconds, Duration.ofSeconds(timeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (!Files.isDirectory(seeds)) {
            throw new UserError("no seeds folder at " + seeds + ": run from the repository root or pass --seeds DIR");
        }
        Properties settings = config.toProperties();
        if (bootstrapServers != null) {
            BrokerCheck.requireReachable(bootstrapServers, settings);
        }
        Path corpus = SharedFolder.locate("corpus").orElse(null);
        PrintWriter out = spec.commandLine().getOut();
        out.println("input from " + seeds + (corpus == null ? " (no ../shared/corpus here)" : " and " + corpus));
        BenchReport report;
        try {
            report = new BenchRunner(out).run(options, Optional.ofNullable(bootstrapServers), settings,
                    SentencePools.load(seeds, corpus));
        } catch (BenchSetupException e) {
            throw new UserError(e.getMessage());
        }
        BenchTable.print(out, report);
        if (json != null) {
            try {
                JsonMapper.get().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report);
            } catch (IOException e) {
                throw new UserError("cannot write " + json + ": " + e.getMessage());
            }
            out.println("report written to " + json);
        }
        return report.passThrough().timedOut() || report.pipeline().timedOut() || report.latency().timedOut()
                ? NewslineCommand.FAILURE : 0;
    }
}
