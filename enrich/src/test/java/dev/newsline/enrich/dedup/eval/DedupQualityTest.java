package dev.newsline.enrich.dedup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.dedup.DedupSettings;
import dev.newsline.enrich.dedup.TestArticles;
import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of dedup per kind of syndicated rewrite, over generated rewrites of real articles
 * (../shared seeds and corpus, the project's seeds/); floors are set from the measured values in docs/dedup.md.
 * {@code -Ddedup.sweep=true} also prints the figures for other shingle and band settings.
 */
class DedupQualityTest {

    /** Measured 2026-11-24 on 305 sources (docs/dedup.md), rounded down: exact-form edits must never be missed. */
    static final Map<Edit, Double> RECALL_FLOOR = Map.of(Edit.EXACT_COPY, 1.0, Edit.REWRAPPED, 1.0,
            Edit.LETTER_FORMS, 1.0, Edit.DIGITS, 1.0, Edit.ZWNJ, 1.0, Edit.ATTRIBUTION_CHANGED, 0.99,
            Edit.TITLE_REWORDED, 0.99, Edit.PARAGRAPH_ADDED, 0.98, Edit.PARAGRAPH_DROPPED, 0.97, Edit.COMBINED, 0.95);

    static final Instant DAY = Instant.parse("2024-03-01T00:00:00Z");
    static final Instant T0 = Instant.parse("2024-03-02T00:00:00Z");

    /** Per edit kind: rewrites generated, found with the right original, flagged with a wrong one. */
    record Score(int n, int correct, int wrong) {
        double recall() {
            return n == 0 ? 1 : (double) correct / n;
        }

        double precision() {
            return correct + wrong == 0 ? 1 : (double) correct / (correct + wrong);
        }
    }

    record Outcome(Map<Edit, Score> perEdit, int sources, int sourcesFlagged, List<String> sourcePairs) {
    }

    static List<SourceArticle> sources() {
        List<SourceArticle> out = new ArrayList<>();
        SourceArticles.shared("seeds").ifPresent(p -> out.addAll(SourceArticles.read(p, 100)));
        SourceArticles.projectSeeds().ifPresent(p -> out.addAll(SourceArticles.read(p, 100).stream()
                .filter(s -> !s.name().startsWith("dup-")).toList()));
        SourceArticles.shared("corpus/fa-farsnews").ifPresent(p -> out.addAll(SourceArticles.read(p, 150)));
        SourceArticles.shared("corpus/ar-saudinewsnet").ifPresent(p -> out.addAll(SourceArticles.read(p, 150)));
        return out;
    }

    static Outcome evaluate(List<SourceArticle> sources, DedupSettings settings) throws Exception {
        RewriteGenerator generator = new RewriteGenerator(42);
        Random pick = new Random(7);
        List<EnrichedArticle> input = new ArrayList<>();
        Map<String, String> sourceIdOf = new LinkedHashMap<>();
        Map<String, Edit> editOf = new LinkedHashMap<>();
        int i = 0;
        for (SourceArticle s : sources) {
            String id = "src:" + s.name();
            input.add(TestArticles.article(id, null, s.title(), s.body(), DAY.plusSeconds(60L * i), T0.plusSeconds(i)));
            i++;
        }
        for (SourceArticle s : sources) {
            for (Edit e : Edit.values()) {
                SourceArticle donor = sources.get(pick.nextInt(sources.size()));
                if (donor == s) {
                    continue;
                }
                Optional<SourceArticle> r = generator.rewrite(s, e, donor);
                if (r.isEmpty() || e != Edit.EXACT_COPY && r.get().title().equals(s.title()) && r.get().body().equals(s.body())) {
                    continue; // the edit does not apply to this text
                }
                String id = "rw:" + r.get().name();
                sourceIdOf.put(id, "src:" + s.name());
                editOf.put(id, e);
                input.add(TestArticles.article(id, null, r.get().title(), r.get().body(),
                        DAY.plusSeconds(60L * i + 3600), T0.plusSeconds(i)));
                i++;
            }
        }
        Map<String, DuplicateArticle> verdicts = DedupRun.run(input, settings);
        Map<Edit, int[]> counts = new EnumMap<>(Edit.class);
        for (var e : editOf.entrySet()) {
            int[] c = counts.computeIfAbsent(e.getValue(), k -> new int[3]);
            c[0]++;
            DuplicateArticle d = verdicts.get(e.getKey());
            if (d != null && (d.duplicateOf().equals(sourceIdOf.get(e.getKey()))
                    || sourceIdOf.get(e.getKey()).equals(sourceIdOf.get(d.duplicateOf())))) {
                c[1]++; // its source, or another rewrite of its source (same story, same cluster)
            } else if (d != null) {
                c[2]++;
            }
        }
        Map<Edit, Score> perEdit = new EnumMap<>(Edit.class);
        counts.forEach((k, c) -> perEdit.put(k, new Score(c[0], c[1], c[2])));
        List<String> pairs = verdicts.values().stream().filter(d -> d.article().id().startsWith("src:"))
                .map(d -> d.article().id() + " -> " + d.duplicateOf() + " (" + d.method() + ", " + d.similarity() + ")")
                .toList();
        return new Outcome(perEdit, sources.size(), pairs.size(), pairs);
    }

    static String table(Outcome o) {
        StringBuilder sb = new StringBuilder("| edit | rewrites | found | wrong original | recall | precision |\n|---|---|---|---|---|---|\n");
        int n = 0;
        int ok = 0;
        int bad = 0;
        for (var e : o.perEdit().entrySet()) {
            Score s = e.getValue();
            sb.append(String.format("| %s | %d | %d | %d | %.3f | %.3f |%n", e.getKey().name().toLowerCase(), s.n(),
                    s.correct(), s.wrong(), s.recall(), s.precision()));
            n += s.n();
            ok += s.correct();
            bad += s.wrong();
        }
        Score all = new Score(n, ok, bad);
        sb.append(String.format("| **all** | %d | %d | %d | %.3f | %.3f |%n", n, ok, bad, all.recall(), all.precision()));
        sb.append(String.format("%nSources: %d; sources flagged as duplicates of another source: %d%n", o.sources(), o.sourcesFlagged()));
        o.sourcePairs().forEach(p -> sb.append("  ").append(p).append('\n'));
        return sb.toString();
    }

    @Test
    void recallAndPrecisionPerEditKindStayAboveTheMeasuredFloors() throws Exception {
        List<SourceArticle> sources = sources();
        Assumptions.assumeTrue(sources.size() >= 20, "../shared seeds/corpus not found: no real articles to rewrite");
        Outcome o = evaluate(sources, DedupSettings.defaults());
        String table = table(o);
        System.out.println(table);
        Files.writeString(Path.of("target", "dedup-quality.md"), table);
        o.perEdit().forEach((edit, s) -> {
            assertThat(s.recall()).as("recall of %s", edit).isGreaterThanOrEqualTo(RECALL_FLOOR.get(edit));
            assertThat(s.precision()).as("precision of %s", edit).isGreaterThanOrEqualTo(0.99);
        });
        assertThat(o.sourcesFlagged()).as("distinct real articles flagged as duplicates").isLessThanOrEqualTo(2);
        if (Boolean.getBoolean("dedup.sweep")) {
            sweep(sources);
        }
    }

    @Test
    void theSharedSeedsAreMutuallyNotDuplicates() throws Exception {
        Optional<Path> seeds = SourceArticles.shared("seeds");
        Assumptions.assumeTrue(seeds.isPresent(), "../shared/seeds not found");
        List<EnrichedArticle> input = new ArrayList<>();
        int i = 0;
        for (SourceArticle s : SourceArticles.read(seeds.get(), 100)) {
            input.add(TestArticles.article("seed:" + s.name(), null, s.title(), s.body(), DAY, T0.plusSeconds(i++)));
        }
        assertThat(DedupRun.run(input, DedupSettings.defaults())).isEmpty();
    }

    private static void sweep(List<SourceArticle> sources) throws Exception {
        DedupSettings d = DedupSettings.defaults();
        List<DedupSettings> variants = List.of(d.withShingleChars(5), d.withShingleChars(9),
                d.withBands(32, 4, 3, 0.45), d.withBands(24, 3, 4, 0.45), d.withBands(16, 4, 1, 0.0),
                d.withBands(20, 5, 2, 0.5));
        for (DedupSettings s : variants) {
            System.out.println("### k=" + s.shingleChars() + " b=" + s.bands() + " r=" + s.rows() + " minBands="
                    + s.minBands() + " minSim=" + s.minSimilarity());
            System.out.println(table(evaluate(sources, s)));
        }
    }
}
