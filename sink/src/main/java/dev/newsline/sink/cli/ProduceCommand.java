package dev.newsline.sink.cli;

import dev.newsline.ingest.source.ArticleFile;
import dev.newsline.ingest.source.ArticleFiles;
import dev.newsline.ingest.source.RawArticleProducer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsline produce}: send files and folders to news.raw, one record per file. */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Send files and folders to news.raw, one record per file, bytes unchanged.")
final class ProduceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to send.")
    List<Path> paths;

    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() throws Exception {
        List<ArticleFile> files;
        try {
            files = ArticleFiles.collect(paths);
        } catch (NoSuchFileException e) {
            throw new UserError("input not found: " + e.getFile() + " (check the path)");
        }
        Properties overrides = cluster.connect();
        try (RawArticleProducer producer = new RawArticleProducer(cluster.bootstrapServers, overrides)) {
            int sent = producer.send(files);
            System.out.println("sent " + sent + " records to news.raw at " + cluster.bootstrapServers);
        }
        return 0;
    }
}
