package dev.newsline.sink.cli;

import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.sink.app.NewslineApplication;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsline run}: the application against an existing Kafka cluster, until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the Newsline Kafka Streams application against an existing cluster until stopped (Ctrl-C).")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT", required = true,
            description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        Properties overrides = config.toProperties();
        BrokerCheck.requireReachable(bootstrapServers, overrides);
        Enrichers enrichers = Enrichers.load(NewslineSettings.from(
                StreamsConfigFactory.streamsConfig(bootstrapServers, overrides)));
        NewslineApplication app = NewslineApplication.start(bootstrapServers, overrides, enrichers, Duration.ofMinutes(5));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "newsline-shutdown"));
        System.out.println("newsline running against " + bootstrapServers + " (Ctrl-C to stop)");
        app.awaitShutdown();
        return 0;
    }
}
