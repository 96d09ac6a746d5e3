package dev.newsline.sink.cli;

import dev.newsline.sink.audit.AuditException;
import dev.newsline.sink.audit.AuditReport;
import dev.newsline.sink.audit.AuditSummary;
import dev.newsline.sink.audit.ConservationAudit;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsline audit}: is every committed news.raw record on exactly one output topic? Exit 1 when not. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Check conservation: read news.raw and news.enriched, news.duplicates, news.rejected "
                + "(read_committed) and report every raw record that is on no output topic (missing) or on more "
                + "than one output record (doubled), and output records that name no raw record (strays).",
                "Exit 0 when conservation holds, 1 when it does not, 2 on a usage or connection error. "
                        + "Records still in flight count as missing: audit a pipeline that has caught up, or use --wait."})
final class AuditCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Longest wait for each metadata call and for reading each topic (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
            description = "While records are missing, audit again every second for up to SECONDS, so records still "
                    + "in flight can arrive (default: ${DEFAULT-VALUE}).")
    long waitSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Properties settings = cluster.connect();
        AuditReport report;
        try {
            report = new ConservationAudit(cluster.bootstrapServers, settings, Duration.ofSeconds(timeoutSeconds))
                    .awaitCaughtUp(Duration.ofSeconds(waitSeconds));
        } catch (AuditException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("audit of " + cluster.bootstrapServers + " (read_committed)");
        AuditSummary.lines(report).forEach(out::println);
        if (report.missing() > 0 && waitSeconds == 0) {
            out.println("(records still in flight count as missing: if the application has not caught up, "
                    + "run again with --wait SECONDS)");
        }
        out.flush();
        return report.conserved() ? 0 : NewslineCommand.FAILURE;
    }
}
