package dev.newsline.sink.cli;

import dev.newsline.ingest.source.SharedFolder;
import dev.newsline.sink.api.HttpEndpoint;
import dev.newsline.sink.demo.DemoResult;
import dev.newsline.sink.demo.DemoRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsline demo}: embedded broker, produce, wait until all is accounted for, dump, summarize; after the
 * timeout it still dumps and summarizes what arrived, names the missing articles and exits 1.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on an embedded Kafka broker over sample articles, dump every output topic.",
                "Exits 1 if not every record is accounted for within --timeout (what arrived is still dumped and "
                        + "summarized, and the missing articles are named)."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "PATH", arity = "1..*",
            description = "Files, folders or archives (zip, tar, tar.gz, .jsonl[.gz], .warc[.gz]) to send "
                    + "(default: seeds/ and ../shared/seeds when present).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--dump-dir", paramLabel = "DIR", defaultValue = "target/demo",
            description = "Where to write <topic>.jsonl (default: ${DEFAULT-VALUE}).")
    Path dumpDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "How long to wait for every record to be accounted for (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--serve",
            description = "After the summary, keep running and serve the desk page and the HTTP API until Ctrl-C.")
    boolean serve;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port of --serve (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Mixin
    ConfigOptions config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (timeoutSeconds < 0) {
            throw new UserError("--timeout takes a number of seconds, 0 or more, got " + timeoutSeconds);
        }
        Properties settings = config.toProperties();
        List<Path> paths = inputs.isEmpty() ? defaultInputs() : inputs;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserError("input not found: " + p + " (give existing files or folders to --input)");
            }
        }
        if (httpPort < 1 || httpPort > 65535) {
            throw new UserError("--http-port takes a port from 1 to 65535, got " + httpPort);
        }
        Optional<HttpEndpoint> http = serve ? Optional.of(new HttpEndpoint("localhost", httpPort)) : Optional.empty();
        http.ifPresent(PortCheck::requireFree);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        if (serve) {
            // Ctrl-C ends the wait below; the hook then gives the demo time to close the server, app and broker.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                try {
                    closed.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "newsline-demo-stop"));
        }
        DemoResult result;
        try {
            DemoRunner runner = new DemoRunner(spec.commandLine().getOut());
            result = runner.run(paths, dumpDir, settings, Duration.ofSeconds(timeoutSeconds), runner.producesEach(), http,
                    stop::await);
        } catch (io.javalin.util.JavalinBindException e) {
            throw new UserError("cannot serve HTTP at " + http.orElseThrow().url()
                    + " (the port was taken meanwhile); choose another --http-port");
        } finally {
            closed.countDown();
        }
        if (result.allAccounted()) {
            return 0;
        }
        spec.commandLine().getErr().println("newsline: " + (result.outputs().timedOut()
                ? "timed out after " + timeoutSeconds + " s: " + result.outputs().total() + " of " + result.sent().size()
                        + " records accounted for, " + result.missing().size() + " articles missing (listed above)"
                : result.outputs().total() + " records on the output topics for " + result.sent().size()
                        + " articles sent: records that should not be there (see the dumps)"));
        return NewslineCommand.FAILURE;
    }

    private static List<Path> defaultInputs() {
        List<Path> paths = new ArrayList<>();
        if (Files.isDirectory(Path.of("seeds"))) {
            paths.add(Path.of("seeds"));
        }
        SharedFolder.locate("seeds").ifPresent(paths::add);
        if (paths.isEmpty()) {
            throw new UserError("no seeds/ folder here and no ../shared/seeds: run from the repository root or pass --input PATH");
        }
        return paths;
    }
}
