package dev.newsline.enrich.tag.topic;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchToken;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a term as written in a rule file into match-form patterns, folded by the same normalizer as the
 * articles. {@code word*} matches words starting with {@code word}, {@code *word} words ending with it.
 */
final class TermCompiler {

    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();
    private final WordForms wordForms;

    TermCompiler(WordForms wordForms) {
        this.wordForms = wordForms;
    }

    /** The patterns for one term; for Persian and Urdu also its closed-up form ("آتش بس" → "آتشبس"). */
    List<TermPattern> compile(String term) {
        List<TermPattern.Word> words = new ArrayList<>();
        for (String raw : term.strip().split("\\s+")) {
            boolean suffix = raw.startsWith("*");
            boolean prefix = raw.endsWith("*") && raw.length() > 1;
            String core = raw.replace("*", "");
            List<MatchToken> folded = normalizer.normalize(core).tokens();
            for (int i = 0; i < folded.size(); i++) {
                TermPattern.Kind kind = TermPattern.Kind.EXACT;
                if (prefix && i == folded.size() - 1) {
                    kind = TermPattern.Kind.PREFIX;
                } else if (suffix && i == 0) {
                    kind = TermPattern.Kind.SUFFIX;
                }
                words.add(new TermPattern.Word(folded.get(i).text(), kind));
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("term has no words: " + term);
        }
        Set<TermPattern> out = new LinkedHashSet<>();
        out.add(new TermPattern(words));
        if (wordForms.joinsCompounds() && words.size() > 1) {
            // Compounds are written with a space, a ZWNJ (a break in the match form) or closed up.
            StringBuilder joined = new StringBuilder();
            words.forEach(w -> joined.append(w.text()));
            TermPattern.Kind last = words.get(words.size() - 1).kind();
            out.add(new TermPattern(List.of(new TermPattern.Word(joined.toString(),
                    last == TermPattern.Kind.PREFIX ? last : TermPattern.Kind.EXACT))));
        }
        return List.copyOf(out);
    }
}
