package dev.newsline.sink.cli;

import dev.newsline.sink.replay.RejectedReplay;
import dev.newsline.sink.replay.RejectedReplay.Filter;
import dev.newsline.sink.replay.RejectedReplay.Summary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsline replay-rejected}: rejected records back to news.raw after a fix (docs/operations.md). */
@Command(name = "replay-rejected", mixinStandardHelpOptions = true,
        description = "Send the original bytes and headers of records on news.rejected back to news.raw, after a fix.")
final class ReplayRejectedCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--reason", paramLabel = "REASON",
            description = "Replay only rejections with this reason (repeatable), e.g. INTERNAL_ERROR.")
    List<String> reasons = List.of();

    @Option(names = "--stage", paramLabel = "STAGE",
            description = "Replay only rejections from this stage (repeatable): ingest, enrich, dedup, sink.")
    List<String> stages = List.of();

    @Option(names = "--dry-run", description = "Count what would be replayed; send nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Properties settings = cluster.connect();
        Summary s = RejectedReplay.replay(cluster.bootstrapServers, settings,
                new Filter(new LinkedHashSet<>(reasons), new LinkedHashSet<>(stages)), dryRun);
        System.out.println((dryRun ? "would replay " : "replayed ") + s.sent() + " of " + s.read()
                + " rejected records to news.raw (" + s.filteredOut() + " not selected, " + s.truncated()
                + " with a cut original, " + s.internal() + " of internal records)");
        return 0;
    }
}
