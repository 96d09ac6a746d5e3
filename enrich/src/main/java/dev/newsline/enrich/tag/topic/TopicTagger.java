package dev.newsline.enrich.tag.topic;

import dev.newsline.enrich.model.TopicTag;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Tags an article with IPTC Media Topics from per-language rules. Thread-safe. */
public final class TopicTagger {

    // Undetected or unsupported languages fall back to English: titles in other scripts simply do not match.
    private static final String FALLBACK_LANGUAGE = "en";

    private final Map<String, LanguageRules> byLanguage;
    private final TopicScorer scorer;

    /** Loads the bundled taxonomy and rule files; build once per application. */
    public TopicTagger() {
        TopicTaxonomy taxonomy = TopicTaxonomy.load();
        RuleFileLoader loader = new RuleFileLoader(taxonomy);
        Map<String, LanguageRules> rules = new HashMap<>();
        for (String language : RuleFileLoader.LANGUAGES) {
            loader.load(language).ifPresent(r -> rules.put(language, new LanguageRules(language, r)));
        }
        this.byLanguage = Map.copyOf(rules);
        this.scorer = new TopicScorer(taxonomy);
    }

    /** Topic tags, best first, with evidence. */
    public List<TopicTag> tag(TaggingInput input) {
        LanguageRules rules = byLanguage.get(baseLanguage(input.language()));
        if (rules == null) {
            rules = byLanguage.get(FALLBACK_LANGUAGE);
        }
        List<LanguageRules.Occurrence> found = new ArrayList<>(rules.find(input.title(), input.titleForm(), "title"));
        found.addAll(rules.find(input.body(), input.bodyForm(), "body"));
        return scorer.score(rules, found);
    }

    /** Rule lines per language, for reports. */
    public Map<String, Integer> ruleCounts() {
        Map<String, Integer> out = new HashMap<>();
        byLanguage.forEach((k, v) -> out.put(k, v.rules().size()));
        return out;
    }

    private static String baseLanguage(String language) {
        if (language == null) {
            return FALLBACK_LANGUAGE;
        }
        int dash = language.indexOf('-');
        return (dash > 0 ? language.substring(0, dash) : language).toLowerCase(Locale.ROOT);
    }
}
