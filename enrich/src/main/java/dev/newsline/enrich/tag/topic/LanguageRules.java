package dev.newsline.enrich.tag.topic;

import dev.newsline.enrich.model.Mention;
import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules of one language compiled into a single term matcher. Immutable, thread-safe. */
final class LanguageRules {

    /** A rule with its terms, AND groups and NOT terms resolved to term ids. */
    record CompiledRule(TopicRule rule, int[] terms, int[][] allOf, int[] noneOf) {
    }

    /** Where a term was found in the article. */
    record Occurrence(int termId, Mention mention) {
    }

    private final String language;
    private final WordForms wordForms;
    private final TermMatcher matcher = new TermMatcher();
    private final List<CompiledRule> rules;
    private final int termCount;

    LanguageRules(String language, List<TopicRule> rules) {
        this.language = language;
        this.wordForms = new WordForms(language);
        TermCompiler compiler = new TermCompiler(wordForms);
        Map<String, Integer> ids = new HashMap<>();
        List<CompiledRule> compiled = new ArrayList<>(rules.size());
        for (TopicRule r : rules) {
            int[] terms = ids(r.terms(), ids, compiler, r);
            int[][] allOf = new int[r.allOf().size()][];
            for (int g = 0; g < allOf.length; g++) {
                allOf[g] = ids(r.allOf().get(g), ids, compiler, r);
            }
            int[] noneOf = ids(r.noneOf(), ids, compiler, r);
            compiled.add(new CompiledRule(r, terms, allOf, noneOf));
        }
        this.rules = List.copyOf(compiled);
        this.termCount = ids.size();
    }

    private int[] ids(List<String> terms, Map<String, Integer> ids, TermCompiler compiler, TopicRule rule) {
        int[] out = new int[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            Integer id = ids.get(term);
            if (id == null) {
                id = ids.size();
                ids.put(term, id);
                try {
                    for (TermPattern p : compiler.compile(term)) {
                        matcher.add(id, p);
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(rule.source() + ": " + e.getMessage(), e);
                }
            }
            out[i] = id;
        }
        return out;
    }

    String language() {
        return language;
    }

    List<CompiledRule> rules() {
        return rules;
    }

    int termCount() {
        return termCount;
    }

    /** Every term occurrence in one field ({@code title} or {@code body}), with its evidence. */
    List<Occurrence> find(String original, MatchText form, String field) {
        if (original == null || form == null) {
            return List.of();
        }
        List<MatchToken> words = wordForms.words(original, form);
        List<Occurrence> out = new ArrayList<>();
        for (TermMatcher.Hit hit : matcher.find(words, wordForms::forms)) {
            int start = words.get(hit.from()).start();
            int end = words.get(hit.to()).end();
            out.add(new Occurrence(hit.termId(), new Mention(original.substring(start, end), start, end, field)));
        }
        return out;
    }
}
