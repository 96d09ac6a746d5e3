package dev.newsline.sink.cli;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.source.ArticleFile;
import dev.newsline.ingest.source.ArticleFiles;
import dev.newsline.ingest.source.RawArticleProducer;
import dev.newsline.ingest.source.RawTopic;
import dev.newsline.ingest.source.SendSummary;
import dev.newsline.ingest.topology.Topics;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsline produce}: send files and folders to news.raw, one record per file, one file in memory at a
 * time; files too large for the limits are skipped with the reason. Exit 0 when every file was sent or
 * skipped.
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = {"Send files and folders to news.raw, one record per file, bytes unchanged.",
                "Creates news.raw when missing. Files larger than newsline.max.article.bytes (or than the producer's "
                        + "max.request.size or the topic's max.message.bytes allow) are skipped with the reason; "
                        + "skips alone still exit 0."})
final class ProduceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to send.")
    List<Path> paths;

    @Mixin
    ClusterOptions cluster;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Properties settings = cluster.config.toProperties();
        List<ArticleFile> files;
        try {
            files = ArticleFiles.collect(paths);
        } catch (NoSuchFileException e) {
            throw new UserError("input not found: " + e.getFile() + " (check the path)");
        }
        BrokerCheck.requireReachable(cluster.bootstrapServers, settings);
        PrintWriter out = spec.commandLine().getOut();
        RawTopic.Status topic;
        try (Admin admin = Admin.create(ClientConfigFactory.admin(cluster.bootstrapServers, settings))) {
            NewslineSettings newsline = NewslineSettings.from(settings);
            topic = RawTopic.ensure(admin, newsline);
            if (topic.created()) {
                out.printf("created %s: %d partitions, max.message.bytes=%d%n", Topics.RAW, newsline.partitions(),
                        RawTopic.MAX_MESSAGE_BYTES);
            }
        }
        try (RawArticleProducer producer = new RawArticleProducer(cluster.bootstrapServers, settings,
                topic.maxMessageBytes())) {
            producer.limits().topicTooSmall()
                    .ifPresent(warning -> spec.commandLine().getErr().println("newsline: warning: " + warning));
            SendSummary summary = producer.send(files, outcome -> out.println(outcome.describe()));
            out.println(Topics.RAW + " at " + cluster.bootstrapServers + ": " + summary.describe());
        }
        return 0;
    }
}
