package dev.newsline.sink.cli;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.source.ArticleSource;
import dev.newsline.ingest.source.RawArticleProducer;
import dev.newsline.ingest.source.RawTopic;
import dev.newsline.ingest.source.SendSummary;
import dev.newsline.ingest.source.SourceLimits;
import dev.newsline.ingest.source.Sources;
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
 * {@code newsline produce}: send files, folders and archives to news.raw, one record per article, one article
 * in memory at a time; articles too large for the limits are skipped with the reason. Exit 0 when every
 * article was sent or skipped.
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = {"Send files, folders and archives to news.raw, one record per article, bytes unchanged.",
                "Reads zip, tar, tar.gz, JSON Lines (.jsonl, .jsonl.gz) and WARC (.warc, .warc.gz) inside folders too.",
                "Creates news.raw when missing. Articles larger than newsline.max.article.bytes (or than the producer's "
                        + "max.request.size or the topic's max.message.bytes allow) are skipped with the reason; "
                        + "skips alone still exit 0."})
final class ProduceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or archives to send.")
    List<Path> paths;

    @Mixin
    ClusterOptions cluster;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Properties settings = cluster.config.toProperties();
        List<ArticleSource> sources;
        try {
            sources = Sources.of(paths, SourceLimits.of(NewslineSettings.from(settings)), null);
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
            SendSummary summary = producer.send(sources, outcome -> out.println(outcome.describe()));
            out.println(Topics.RAW + " at " + cluster.bootstrapServers + ": " + summary.describe());
        }
        return 0;
    }
}
