package dev.newsline.sink.bench;

import java.io.PrintWriter;
import java.util.Map;

/** Prints a {@link BenchReport} as the table the command shows. */
public final class BenchTable {

    private static final double MIB = 1024.0 * 1024.0;

    private BenchTable() {
    }

    public static void print(PrintWriter out, BenchReport r) {
        out.printf("%nnewsline bench — broker %s, %d partitions, num.stream.threads=%s, %d cores%n", r.broker(),
                r.partitions(), r.streamThreads(), Runtime.getRuntime().availableProcessors());
        out.printf("input: %d articles, %d originals, %d exact re-sends, %d rewrites, %.1f MB; languages %s%n",
                r.input().total(), r.input().originals(), r.input().resends(), r.input().rewrites(),
                r.input().bytes() / 1e6, r.input().byLanguage());
        out.println();
        out.printf("%-34s %14s%n", "measure", "value");
        row(out, "pass-through articles/s", String.format("%.0f", r.passThrough().articlesPerSecond()));
        row(out, "  (records, seconds)", total(r.passThrough().byTopic())
                + ", " + String.format("%.2f s", r.passThrough().seconds()));
        row(out, "pipeline articles/s", String.format("%.0f", r.pipeline().articlesPerSecond()));
        row(out, "  (records, seconds)", total(r.pipeline().byTopic())
                + ", " + String.format("%.2f s", r.pipeline().seconds()));
        row(out, "ratio pipeline / pass-through", String.format("%.2f%%", 100 * r.ratio()));
        row(out, "latency p50 / p95 / p99 (ms)", r.latency().millis().p50() + " / " + r.latency().millis().p95()
                + " / " + r.latency().millis().p99());
        row(out, "  at offered / achieved rate", String.format("%.0f / %.0f /s", r.latency().offeredRate(),
                r.latency().achievedRate()));
        row(out, "  max latency, records timed", r.latency().millis().max() + " ms, " + r.latency().millis().count());
        row(out, "  after the backlog drained in", String.format("%.1f s%s", r.latency().drainMillis() / 1e3,
                r.latency().unreadAtStart() == 0 ? "" : " (" + r.latency().unreadAtStart() + " left)"));
        row(out, "peak heap (sampled)", String.format("%.0f MiB", r.memory().heapBytes() / MIB));
        row(out, "peak heap after GC (live)", String.format("%.0f MiB", r.memory().heapAfterGcBytes() / MIB));
        row(out, "peak RSS (VmHWM)", r.memory().rssBytes() < 0 ? "n/a" : String.format("%.0f MiB", r.memory().rssBytes() / MIB));
        CpuTime cpu = r.cpu().time();
        row(out, "CPU per article (process)", String.format("%.2f ms", r.pipeline().articles() == 0 ? 0
                : (double) cpu.processCpuMillis() / r.pipeline().articles()));
        row(out, "  cores busy, of " + cpu.cores(), String.format("%.2f", cpu.processCores()));
        row(out, "  stream threads on CPU", String.format("%.0f%% of %d", 100 * cpu.streamThreadBusy(),
                cpu.streamThreads()));
        row(out, "models + gazetteers load", String.format("%.1f s", r.modelLoadMillis() / 1e3));
        row(out, "pipeline start to RUNNING", String.format("%.1f s", r.pipeline().startupMillis() / 1e3));
        row(out, "start to first output record", String.format("%.1f s", r.firstOutputMillis() / 1e3));
        RestartResult restart = r.restart();
        row(out, "restart: load / RUNNING / first", String.format("%.1f / %.1f / %.1f s", restart.modelLoadMillis() / 1e3,
                restart.runningMillis() / 1e3, restart.firstOutputMillis() / 1e3));
        row(out, "  all " + restart.articles() + " waiting out", String.format("%.1f s", restart.allOutMillis() / 1e3));
        out.println();
        out.println("pipeline outputs: " + r.pipeline().byTopic() + "; latency phase: " + r.latency().byTopic());
        out.println("restart phase outputs: " + restart.byTopic());
        if (r.passThrough().timedOut() || r.pipeline().timedOut() || r.latency().timedOut() || restart.timedOut()) {
            out.println("WARNING: a phase timed out before every record arrived; its figures are partial");
        }
        out.printf("%nCPU by thread during the pipeline phase (ms of %d; not in Java threads: %d):%n",
                cpu.processCpuMillis(), cpu.outsideJavaMillis());
        cpu.byThread().forEach(t -> out.printf("  %6.1f%%  %s%n", cpu.processCpuMillis() == 0 ? 0
                : 100.0 * t.cpuMillis() / cpu.processCpuMillis(), t.threads()));
        out.printf("%nCPU per stage during the pipeline phase (%d JFR samples):%n", r.cpu().samples());
        r.cpu().stages().forEach(s -> out.printf("  %-24s %6.1f%%  (%d)%n", s.stage(), 100 * s.share(), s.samples()));
        out.println("top frames:");
        r.cpu().topFrames().forEach(f -> out.printf("  %6.1f%%  %s%n",
                r.cpu().samples() == 0 ? 0 : 100.0 * f.samples() / r.cpu().samples(), f.frame()));
        out.flush();
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf("%-34s %14s%n", name, value);
    }

    static long total(Map<String, Long> byTopic) {
        return byTopic.values().stream().mapToLong(Long::longValue).sum();
    }
}
