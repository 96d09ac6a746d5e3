package dev.newsline.enrich.tag.topic;

import java.util.List;

/**
 * One line of a rule file: any of {@code terms} adds {@code weight} to {@code topic}, provided every
 * {@code allOf} group has a term somewhere in the article and no {@code noneOf} term is (EMM-style AND/NOT).
 *
 * @param topic  topic slug (top-level or second-level)
 * @param weight score per counted occurrence
 * @param terms  alternatives, as written in the file
 * @param allOf  groups of alternatives; each group must be present
 * @param noneOf terms that veto the rule for the whole article
 * @param source file and line, for error messages and debugging
 */
public record TopicRule(String topic, double weight, List<String> terms, List<List<String>> allOf,
                        List<String> noneOf, String source) {

    public TopicRule {
        terms = List.copyOf(terms);
        allOf = allOf.stream().map(List::copyOf).toList();
        noneOf = List.copyOf(noneOf);
    }
}
