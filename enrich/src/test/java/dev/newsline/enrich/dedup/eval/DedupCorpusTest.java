package dev.newsline.enrich.dedup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.enrich.dedup.DedupSettings;
import dev.newsline.enrich.dedup.Fingerprinter;
import dev.newsline.enrich.dedup.MinHasher;
import dev.newsline.enrich.dedup.TestArticles;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.serde.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real wire-story copies: the 1,000 SaudiNewsNet articles (14 outlets, same weeks) through dedup, scored
 * against the pairs we read and labelled (eval/saudinewsnet-dedup-labels.tsv). Writes the reported pairs and
 * the closest pairs not reported to target/dedup-corpus.md for reading; the judgement is in docs/dedup.md.
 */
class DedupCorpusTest {

    @Test
    void saudiNewsNetCopiesAreReportedAndListedForReading() throws Exception {
        Optional<Path> dir = SourceArticles.shared("corpus/ar-saudinewsnet");
        Assumptions.assumeTrue(dir.isPresent(), "../shared/corpus/ar-saudinewsnet not found: skipping");
        Map<String, JsonNode> meta = new HashMap<>();
        for (String line : Files.readAllLines(dir.get().resolve("meta.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode n = JsonMapper.get().readTree(line);
            meta.put(n.path("file").asText(), n);
        }
        List<SourceArticle> sources = SourceArticles.read(dir.get(), 2000);
        List<EnrichedArticle> input = new ArrayList<>();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < sources.size(); i++) {
            SourceArticle s = sources.get(i);
            JsonNode m = meta.get(s.name());
            Instant published = LocalDateTime.parse(m.path("date_extracted").asText().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            input.add(TestArticles.article(s.name(), null, s.title(), s.body(), published, t0.plusSeconds(i)));
        }
        DedupSettings settings = DedupSettings.defaults();
        Map<String, DuplicateArticle> verdicts = DedupRun.run(input, settings);
        Map<String, String> labels = labels();
        Score score = Score.of(verdicts.values(), labels);
        // To read more reported pairs than the corpus has copies: the same run with the floor at 0.30.
        Score loose = Score.of(DedupRun.run(input, settings.withBands(settings.bands(), settings.rows(),
                settings.minBands(), 0.30)).values(), labels);
        System.out.printf("DedupCorpusTest default: %s%nDedupCorpusTest floor 0.30: %s%n", score, loose);

        Fingerprinter f = new Fingerprinter(settings);
        Map<String, int[]> sig = new HashMap<>();
        Map<String, long[]> shingles = new HashMap<>();
        Map<String, SourceArticle> byName = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            shingles.put(input.get(i).id(), f.shingles(input.get(i)));
            sig.put(input.get(i).id(), new MinHasher(128).signature(shingles.get(input.get(i).id())));
            byName.put(sources.get(i).name(), sources.get(i));
        }
        Set<String> reported = new HashSet<>();
        StringBuilder out = new StringBuilder("# SaudiNewsNet through dedup\n\n");
        out.append(String.format("%d articles, %d reported as duplicates%n%n## Reported pairs%n%n", input.size(), verdicts.size()));
        verdicts.values().stream().sorted(java.util.Comparator.comparingDouble(DuplicateArticle::similarity)).forEach(d -> {
            String a = d.article().id();
            String b = d.duplicateOf();
            reported.add(key(a, b));
            out.append(String.format("- %s (%s) → %s (%s): %s, estimated %.2f, jaccard %.2f, label %s%n    A: %s%n    B: %s%n", a,
                    meta.get(a).path("source").asText(), b, meta.get(b).path("source").asText(), d.method(),
                    d.similarity(), jaccard(shingles.get(a), shingles.get(b)),
                    labels.getOrDefault(key(Score.bare(a), Score.bare(b)), "unread"), head(byName.get(a)), head(byName.get(b))));
        });
        List<String[]> closest = new ArrayList<>();
        List<String> ids = input.stream().map(EnrichedArticle::id).toList();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                double s = MinHasher.similarity(sig.get(ids.get(i)), sig.get(ids.get(j)));
                if (s >= 0.05 && !reported.contains(key(ids.get(i), ids.get(j)))) {
                    closest.add(new String[] {ids.get(i), ids.get(j), String.valueOf(s)});
                }
            }
        }
        closest.sort((x, y) -> Double.compare(Double.parseDouble(y[2]), Double.parseDouble(x[2])));
        out.append("\n## Closest pairs not reported\n\n");
        closest.stream().limit(40).forEach(c -> out.append(String.format("- %s (%s) ~ %s (%s): jaccard %.2f, label %s%n    A: %s%n    B: %s%n",
                c[0], meta.get(c[0]).path("source").asText(), c[1], meta.get(c[1]).path("source").asText(),
                jaccard(shingles.get(c[0]), shingles.get(c[1])), labels.getOrDefault(key(Score.bare(c[0]), Score.bare(c[1])), "unread"),
                head(byName.get(c[0])), head(byName.get(c[1])))));
        Files.writeString(Path.of("target", "dedup-corpus.md"), out.toString());
        assertThat(score.unlabelled()).as("every reported pair has been read and labelled").isZero();
        assertThat(score.not()).as("reported pairs judged not duplicates").isLessThanOrEqualTo(1);
        assertThat(score.copiesFound()).as("labelled copies grouped together (of %d)", score.copies()).isGreaterThanOrEqualTo(19);
    }

    /** Pair key → label (copy, rewrite, not) from eval/saudinewsnet-dedup-labels.tsv. */
    private static Map<String, String> labels() throws Exception {
        Map<String, String> labels = new HashMap<>();
        try (var in = DedupCorpusTest.class.getResourceAsStream("/eval/saudinewsnet-dedup-labels.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length >= 3 && !f[0].equals("id_a")) {
                    labels.put(key(f[0], f[1]), f[2]);
                }
            }
        }
        return labels;
    }

    /**
     * Reported pairs by label, and how many labelled copy pairs ended in one cluster.
     *
     * @param reported    duplicates reported
     * @param copy        reported pairs labelled copy
     * @param rewrite     reported pairs labelled rewrite (acceptable)
     * @param not         reported pairs labelled not a duplicate
     * @param unlabelled  reported pairs nobody has read
     * @param copiesFound labelled copy pairs whose two articles share a cluster
     * @param copies      labelled copy pairs
     */
    record Score(int reported, int copy, int rewrite, int not, int unlabelled, int copiesFound, int copies) {

        static Score of(java.util.Collection<DuplicateArticle> duplicates, Map<String, String> labels) {
            Map<String, String> parent = new HashMap<>();
            int[] byLabel = new int[4];
            for (DuplicateArticle d : duplicates) {
                String a = bare(d.article().id());
                String b = bare(d.duplicateOf());
                parent.put(root(parent, a), root(parent, b));
                switch (labels.getOrDefault(key(a, b), "?")) {
                    case "copy" -> byLabel[0]++;
                    case "rewrite" -> byLabel[1]++;
                    case "not" -> byLabel[2]++;
                    default -> byLabel[3]++;
                }
            }
            int copies = 0;
            int found = 0;
            for (Map.Entry<String, String> l : labels.entrySet()) {
                if (l.getValue().equals("copy")) {
                    copies++;
                    String[] ab = l.getKey().split("\\|");
                    found += root(parent, ab[0]).equals(root(parent, ab[1])) ? 1 : 0;
                }
            }
            return new Score(duplicates.size(), byLabel[0], byLabel[1], byLabel[2], byLabel[3], found, copies);
        }

        private static String root(Map<String, String> parent, String x) {
            String p = parent.getOrDefault(x, x);
            return p.equals(x) ? x : root(parent, p);
        }

        private static String bare(String id) {
            return id.endsWith(".txt") ? id.substring(0, id.length() - 4) : id;
        }
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static String head(SourceArticle s) {
        String text = s.title() + " | " + s.body().replace('\n', ' ');
        return text.length() > 160 ? text.substring(0, 160) : text;
    }

    /** Exact Jaccard of two sorted distinct shingle arrays. */
    static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int both = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                both++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - both;
        return union == 0 ? 1 : (double) both / union;
    }
}
