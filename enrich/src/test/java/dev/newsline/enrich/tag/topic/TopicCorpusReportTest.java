package dev.newsline.enrich.tag.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsline.enrich.model.TopicTag;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.tag.TaggingInput;
import dev.newsline.ingest.source.SharedFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the real corpus in ../shared/corpus through topic tagging and prints coverage and the distribution.
 * Tags for every article go to target/topic-corpus-&lt;folder&gt;.tsv for reading next to the files
 * (under target/, never committed: the texts belong to their publishers).
 */
class TopicCorpusReportTest {

    private static final TopicTagger TAGGER = new TopicTagger();

    @ParameterizedTest
    @CsvSource({"ar-saudinewsnet, ar", "fa-farsnews, fa"})
    void corpus(String folder, String language) throws IOException {
        Optional<Path> dir = SharedFolder.locate("corpus/" + folder);
        assumeTrue(dir.isPresent(), "../shared/corpus/" + folder + " not found beside the repository: corpus report skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.get())) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        MatchFormNormalizer n = new MatchFormNormalizer();
        int anyTopic = 0;
        int anyPrimary = 0;
        Map<String, Integer> primaryCounts = new TreeMap<>();
        Map<String, Integer> tagCounts = new TreeMap<>();
        long nanos = 0;
        Path out = Path.of("target", "topic-corpus-" + folder + ".tsv");
        Files.createDirectories(out.getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Path f : files) {
                String[] parts = Files.readString(f, StandardCharsets.UTF_8).strip().split("\\R", 2);
                String title = parts[0].strip();
                String body = parts.length > 1 ? parts[1].strip() : "";
                TaggingInput in = new TaggingInput(title, body, n.normalize(title), n.normalize(body), language);
                long t0 = System.nanoTime();
                List<TopicTag> tags = TAGGER.tag(in);
                nanos += System.nanoTime() - t0;
                List<TopicTag> top = tags.stream().filter(t -> t.parent() == null).toList();
                List<String> primary = top.stream().filter(TopicTag::primary).map(TopicTag::slug).toList();
                if (!top.isEmpty()) {
                    anyTopic++;
                }
                if (!primary.isEmpty()) {
                    anyPrimary++;
                }
                primary.forEach(p -> primaryCounts.merge(p, 1, Integer::sum));
                top.forEach(t -> tagCounts.merge(t.slug(), 1, Integer::sum));
                w.println(f.getFileName() + "\t" + String.join(",", primary) + "\t"
                        + tags.stream().map(t -> t.slug() + "=" + t.score()).collect(Collectors.joining(" ")) + "\t"
                        + tags.stream().filter(t -> t.parent() == null).limit(3)
                        .map(t -> t.slug() + ":" + t.mentions().stream().limit(3).map(m -> m.text()).toList())
                        .collect(Collectors.joining(" ")));
            }
        }
        System.out.printf("%s: %d articles, %d with a topic (%.1f%%), %d with a primary topic (%.1f%%), %.2f ms/article%n",
                folder, files.size(), anyTopic, 100.0 * anyTopic / files.size(), anyPrimary,
                100.0 * anyPrimary / files.size(), nanos / 1e6 / files.size());
        System.out.println("  primary: " + primaryCounts);
        System.out.println("  any tag: " + tagCounts);
        assertThat(anyTopic).isGreaterThan(files.size() / 2);
    }
}
