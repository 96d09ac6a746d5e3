package dev.newsline.sink.cli;

import dev.newsline.ingest.source.SharedFolder;
import dev.newsline.sink.demo.DemoRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsline demo}: embedded broker, produce, wait until all is accounted for, dump, summarize. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on an embedded Kafka broker over sample articles, dump every output topic.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "PATH", arity = "1..*",
            description = "Files or folders to send (default: seeds/ and ../shared/seeds when present).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--dump-dir", paramLabel = "DIR", defaultValue = "target/demo",
            description = "Where to write <topic>.jsonl (default: ${DEFAULT-VALUE}).")
    Path dumpDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "How long to wait for every record to be accounted for (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        List<Path> paths = inputs.isEmpty() ? defaultInputs() : inputs;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserError("input not found: " + p + " (give existing files or folders to --input)");
            }
        }
        new DemoRunner(System.out).run(paths, dumpDir, config.toProperties(), Duration.ofSeconds(timeoutSeconds));
        return 0;
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
