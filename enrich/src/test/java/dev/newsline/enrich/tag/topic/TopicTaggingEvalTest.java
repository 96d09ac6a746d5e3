package dev.newsline.enrich.tag.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsline.enrich.model.TopicTag;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.tag.TaggingInput;
import dev.newsline.enrich.tag.EvalCounts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Micro precision, recall and F1 of the primary top-level topics against labelled sets written by hand for
 * Newsline, overall and per language: eval/tagging-eval.jsonl (the shared set; the rules were tuned on its first
 * 71 articles, its "ho-" articles came later and are held out) and eval/topic-eval.jsonl (a small held-out set
 * written by the topic owner, never used for tuning).
 */
class TopicTaggingEvalTest {

    private static final String EVAL = "/eval/tagging-eval.jsonl";
    private static final String HELD_OUT = "/eval/topic-eval.jsonl";
    private static final String HELD_OUT_PREFIX = "ho-";
    // Floors sit a little under the values measured on 71 articles (P 0.903, R 0.857, F1 0.880; lowest
    // language F1 0.824), so a rule change that costs more than an article or two fails. The held-out
    // "ho-" articles (F1 0.786) and topic-eval.jsonl (F1 0.904) have floors of their own.
    private static final double MIN_F1 = 0.85;
    private static final double MIN_PRECISION = 0.85;
    private static final double MIN_RECALL = 0.82;
    private static final double MIN_LANGUAGE_F1 = 0.75;
    private static final double MIN_HELD_OUT_F1 = 0.85;
    private static final double MIN_SHARED_HELD_OUT_F1 = 0.65;

    private record Labelled(String id, String language, String title, String body, Set<String> topics) {
    }

    @Test
    void primaryTopicsMeetTheFloor() throws IOException {
        // The shared set's "ho-" articles were added after the topic rules were tuned: held out, floored apart.
        EvalCounts tuned = evaluate(EVAL, a -> !a.id().startsWith(HELD_OUT_PREFIX), "tuned part");
        assertThat(tuned.f1()).as("overall F1").isGreaterThanOrEqualTo(MIN_F1);
        assertThat(tuned.precision()).as("overall precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(tuned.recall()).as("overall recall").isGreaterThanOrEqualTo(MIN_RECALL);
        lastByLanguage.forEach((lang, c) -> assertThat(c.f1()).as("F1 for " + lang).isGreaterThanOrEqualTo(MIN_LANGUAGE_F1));
        EvalCounts heldOut = evaluate(EVAL, a -> a.id().startsWith(HELD_OUT_PREFIX), "held-out part");
        if (heldOut.articles > 0) {
            assertThat(heldOut.f1()).as("held-out part F1").isGreaterThanOrEqualTo(MIN_SHARED_HELD_OUT_F1);
        }
        evaluate(EVAL, a -> true, "whole file");
    }

    @Test
    void heldOutPrimaryTopicsMeetTheFloor() throws IOException {
        assertThat(evaluate(HELD_OUT, a -> true, "held out").f1()).as("held-out F1").isGreaterThanOrEqualTo(MIN_HELD_OUT_F1);
    }

    private Map<String, EvalCounts> lastByLanguage = Map.of();

    private EvalCounts evaluate(String resource, Predicate<Labelled> which, String label) throws IOException {
        List<Labelled> articles = load(resource).stream().filter(which).toList();
        assumeTrue(!load(resource).isEmpty(), resource + " not on the test classpath: topic evaluation skipped");
        if (articles.isEmpty()) {
            return new EvalCounts();
        }
        TopicTagger tagger = new TopicTagger();
        MatchFormNormalizer n = new MatchFormNormalizer();
        EvalCounts all = new EvalCounts();
        Map<String, EvalCounts> byLanguage = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Labelled a : articles) {
            List<TopicTag> tags = tagger.tag(new TaggingInput(a.title(), a.body(), n.normalize(a.title()),
                    n.normalize(a.body()), a.language()));
            Set<String> predicted = new TreeSet<>();
            tags.stream().filter(t -> t.primary() && t.parent() == null).forEach(t -> predicted.add(t.slug()));
            EvalCounts lang = byLanguage.computeIfAbsent(a.language(), k -> new EvalCounts());
            lang.articles++;
            all.articles++;
            for (EvalCounts c : List.of(all, lang)) {
                for (String p : predicted) {
                    if (a.topics().contains(p)) {
                        c.tp++;
                    } else {
                        c.fp++;
                    }
                }
                for (String g : a.topics()) {
                    if (!predicted.contains(g)) {
                        c.fn++;
                    }
                }
            }
            if (!predicted.equals(a.topics())) {
                misses.add(String.format("  %-6s gold=%s predicted=%s all=%s", a.id(), new TreeSet<>(a.topics()),
                        predicted, tags.stream().filter(t -> t.parent() == null).map(t -> t.slug() + "=" + t.score()).toList()));
            }
        }
        System.out.println("Topic evaluation (" + resource + ", " + label + "): primary top-level topics, micro-averaged");
        System.out.println("| language | articles | precision | recall | F1 |");
        System.out.println("|---|---:|---:|---:|---:|");
        byLanguage.forEach((lang, c) -> System.out.println(row(lang, c)));
        System.out.println(row("all", all));
        System.out.println("Articles whose primary topics differ from the labels:");
        misses.forEach(System.out::println);
        lastByLanguage = byLanguage;
        return all;
    }

    private static String row(String label, EvalCounts c) {
        return String.format("| %s | %d | %.3f | %.3f | %.3f |", label, c.articles, c.precision(), c.recall(), c.f1());
    }

    private static List<Labelled> load(String resource) throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (InputStream in = TopicTaggingEvalTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            ObjectMapper json = new ObjectMapper();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                Set<String> topics = new HashSet<>();
                node.path("topics").forEach(t -> topics.add(t.asText()));
                out.add(new Labelled(node.path("id").asText(), node.path("language").asText(),
                        node.path("title").asText(""), node.path("body").asText(""), topics));
            }
        }
        return out;
    }
}
