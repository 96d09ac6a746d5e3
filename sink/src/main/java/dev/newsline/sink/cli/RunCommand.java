package dev.newsline.sink.cli;

import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.sink.app.NewslineApplication;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsline run}: the application against an existing Kafka cluster, until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the Newsline Kafka Streams application against an existing cluster until stopped (Ctrl-C).")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() throws Exception {
        Properties overrides = cluster.connect();
        Enrichers enrichers = Enrichers.load(NewslineSettings.from(
                StreamsConfigFactory.streamsConfig(cluster.bootstrapServers, overrides)));
        NewslineApplication app = NewslineApplication.start(cluster.bootstrapServers, overrides, enrichers, Duration.ofMinutes(5));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "newsline-shutdown"));
        System.out.println("newsline running against " + cluster.bootstrapServers + " (Ctrl-C to stop)");
        try {
            app.awaitShutdown();
        } finally {
            app.close(); // also when this thread is interrupted: never leave a running instance behind
        }
        Optional<String> failure = app.failure();
        if (failure.isPresent()) {
            System.err.println("newsline run: the Streams instance stopped: " + failure.get() + " (details in the log above)");
            return NewslineCommand.FAILURE;
        }
        return 0;
    }
}
