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
 * Real wire-story copies: the 1,000 SaudiNewsNet articles (14 outlets, same weeks) through dedup. Writes
 * the reported pairs and the closest pairs not reported to target/dedup-corpus.md for reading; the
 * judgement is in docs/dedup.md.
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
        DedupSettings base = DedupSettings.defaults();
        // -Ddedup.bands=32 -Ddedup.rows=4 -Ddedup.minBands=3 -Ddedup.minSim=0.45: the sweep in docs/dedup.md
        DedupSettings settings = base.withBands(Integer.getInteger("dedup.bands", base.bands()), Integer.getInteger("dedup.rows", base.rows()),
                Integer.getInteger("dedup.minBands", base.minBands()),
                Double.parseDouble(System.getProperty("dedup.minSim", String.valueOf(base.minSimilarity()))));
        Map<String, DuplicateArticle> verdicts = DedupRun.run(input, settings);

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
            out.append(String.format("- %s (%s) → %s (%s): %s, estimated %.2f, jaccard %.2f%n    A: %s%n    B: %s%n", a,
                    meta.get(a).path("source").asText(), b, meta.get(b).path("source").asText(), d.method(),
                    d.similarity(), jaccard(shingles.get(a), shingles.get(b)), head(byName.get(a)), head(byName.get(b))));
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
        closest.stream().limit(40).forEach(c -> out.append(String.format("- %s (%s) ~ %s (%s): jaccard %.2f%n    A: %s%n    B: %s%n",
                c[0], meta.get(c[0]).path("source").asText(), c[1], meta.get(c[1]).path("source").asText(),
                jaccard(shingles.get(c[0]), shingles.get(c[1])), head(byName.get(c[0])), head(byName.get(c[1])))));
        Files.writeString(Path.of("target", "dedup-corpus-b" + settings.bands() + "r" + settings.rows() + "m" + settings.minBands() + ".md"), out.toString());
        System.out.printf("DedupCorpusTest b=" + settings.bands() + " r=" + settings.rows() + " minBands=" + settings.minBands() + " minSim=" + settings.minSimilarity() + ": %d articles, %d duplicates reported (%s); see target/dedup-corpus.md%n",
                input.size(), verdicts.size(), verdicts.values().stream().collect(
                        java.util.stream.Collectors.groupingBy(DuplicateArticle::method, java.util.stream.Collectors.counting())));
        assertThat(verdicts).isNotEmpty();
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
