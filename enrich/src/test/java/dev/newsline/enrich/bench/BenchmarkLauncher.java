package dev.newsline.enrich.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs one benchmark class briefly (1 fork, 2×2 s warm-up, 3×2 s measurement), or says why it cannot. */
final class BenchmarkLauncher {

    private BenchmarkLauncher() {
    }

    static void run(Class<?> benchmark) throws RunnerException {
        if (CorpusArticles.folder().isEmpty()) {
            System.err.println(CorpusArticles.ABSENT);
            System.exit(2);
        }
        Options options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .timeUnit(TimeUnit.SECONDS)
                .jvmArgsAppend("-Xmx1g", "-Dnewsline.shared.dir=" + CorpusArticles.folder().get().getParent())
                .build();
        new Runner(options).run();
    }
}
