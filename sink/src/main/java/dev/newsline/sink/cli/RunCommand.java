package dev.newsline.sink.cli;

import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.sink.api.ApiServer;
import dev.newsline.sink.api.HttpEndpoint;
import dev.newsline.sink.app.NewslineApplication;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsline run}: the application against an existing Kafka cluster, until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the Newsline Kafka Streams application against an existing cluster until stopped (Ctrl-C).")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve the HTTP API, /metrics, /health and the desk page on this port (default: no server).")
    Integer httpPort;

    @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "localhost",
            description = "Host name the server binds to and the other instances reach it at (default: ${DEFAULT-VALUE}).")
    String httpHost;

    @Override
    public Integer call() throws Exception {
        Properties overrides = cluster.connect();
        Optional<HttpEndpoint> http = Optional.ofNullable(httpPort).map(p -> new HttpEndpoint(httpHost, p));
        if (httpPort != null && (httpPort < 1 || httpPort > 65535)) {
            throw new UserError("--http-port takes a port from 1 to 65535, got " + httpPort);
        }
        http.ifPresent(PortCheck::requireFree);
        http.ifPresent(h -> h.advertisedIn(overrides));
        Enrichers enrichers = Enrichers.load(NewslineSettings.from(
                StreamsConfigFactory.streamsConfig(cluster.bootstrapServers, overrides)));
        NewslineApplication app = NewslineApplication.start(cluster.bootstrapServers, overrides, enrichers, Duration.ofMinutes(5));
        ApiServer api;
        try {
            api = http.isEmpty() ? null : ApiServer.start(app, http.get(), cluster.bootstrapServers, overrides);
        } catch (RuntimeException e) {
            app.close();
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new UserError("cannot serve HTTP at " + http.get().url() + ": " + why
                    + " (choose another --http-port or --http-host)");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (api != null) {
                api.close();
            }
            app.close();
        }, "newsline-shutdown"));
        System.out.println("newsline running against " + cluster.bootstrapServers
                + http.map(h -> ", serving " + h.url()).orElse("") + " (Ctrl-C to stop)");
        boolean interrupted = false;
        try {
            app.awaitShutdown();
        } catch (InterruptedException e) {
            // an embedding program stopping the command: a stop as Ctrl-C is, not a failure to report
            interrupted = true;
        } finally {
            if (api != null) {
                api.close();
            }
            app.close(); // also when this thread is interrupted: never leave a running instance behind
        }
        if (interrupted) {
            Thread.currentThread().interrupt(); // once closed: the HTTP server's stop waits on its threads
        }
        Optional<String> failure = app.failure();
        if (failure.isPresent()) {
            System.err.println("newsline run: the Streams instance stopped: " + failure.get() + " (details in the log above)");
            return NewslineCommand.FAILURE;
        }
        return 0;
    }
}
