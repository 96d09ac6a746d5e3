package dev.newsline.enrich.tag.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.enrich.model.TopicTag;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule language itself, on small rule sets written here: AND, NOT, wildcards, phrases, parse errors. */
class TopicRuleLogicTest {

    private final TopicTaxonomy taxonomy = TopicTaxonomy.load();
    private final RuleFileLoader loader = new RuleFileLoader(taxonomy);
    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();

    private List<String> tag(String language, List<String> ruleLines, String title, String body) {
        List<TopicRule> rules = new ArrayList<>();
        for (int i = 0; i < ruleLines.size(); i++) {
            rules.add(loader.parse(ruleLines.get(i), "test:" + (i + 1)));
        }
        LanguageRules compiled = new LanguageRules(language, rules);
        MatchText t = normalizer.normalize(title);
        MatchText b = normalizer.normalize(body);
        List<LanguageRules.Occurrence> found = new ArrayList<>(compiled.find(title, t, "title"));
        found.addAll(compiled.find(body, b, "body"));
        return new TopicScorer(taxonomy).score(compiled, found).stream().map(TopicTag::slug).toList();
    }

    @Test
    void andNeedsOneTermOfEachGroup() {
        List<String> rules = List.of("sport 3 match & football | goal & team");
        assertThat(tag("en", rules, "The match", "football and goal")).isEmpty();
        assertThat(tag("en", rules, "The match", "a football team")).contains("sport");
    }

    @Test
    void notVetoesTheRuleForTheWholeArticle() {
        List<String> rules = List.of("sport 3 match & goal ! political");
        assertThat(tag("en", rules, "The match", "One goal.")).contains("sport");
        assertThat(tag("en", rules, "The match", "One goal. A political row followed.")).isEmpty();
    }

    @Test
    void wildcardsAndPhrases() {
        List<String> rules = List.of("elections 3 *wahl | wahl*", "peace-process 3 peace talks");
        assertThat(tag("de", rules, "Bundestagswahl", "")).contains("elections", "politics");
        assertThat(tag("de", rules, "Wahlkampf", "")).contains("elections");
        assertThat(tag("de", rules, "Auswahl", "")).contains("elections"); // suffix wildcards are blunt: rules must choose well
        assertThat(tag("en", rules, "Peace talks resume", "")).contains("peace-process", "conflict");
        assertThat(tag("en", rules, "Talks on peace", "")).isEmpty();
    }

    @Test
    void termsAreFoldedLikeTheText() {
        List<String> rules = List.of("elections 3 انتخابات", "religion 3 مسجد");
        assertThat(tag("fa", rules, "انتخابات", "")).contains("elections");
        assertThat(tag("ar", rules, "والمساجد", "")).isEmpty();
        assertThat(tag("ar", rules, "بالمسجد", "")).contains("religion");
    }

    @Test
    void atMostThreeSubjectsArePrimary() {
        List<String> rules = List.of("sport 3 ball", "weather 3 rain", "health 3 doctor", "religion 3 church");
        List<TopicRule> parsed = rules.stream().map(r -> loader.parse(r, "test")).toList();
        LanguageRules compiled = new LanguageRules("en", parsed);
        String title = "ball rain doctor church";
        List<LanguageRules.Occurrence> found = compiled.find(title, normalizer.normalize(title), "title");
        List<TopicTag> tags = new TopicScorer(taxonomy).score(compiled, found);
        assertThat(tags).hasSize(4);
        assertThat(tags.stream().filter(TopicTag::primary).count()).isEqualTo(TopicScorer.MAX_PRIMARY);
    }

    @Test
    void twentyThousandIdleTermsDoNotDisturbMatching() {
        // Terms are hash edges of a word trie: idle terms add no work per text word, and change no hit.
        List<TopicRule> rules = new ArrayList<>();
        rules.add(loader.parse("sport 3 football", "test"));
        for (int i = 0; i < 20_000; i++) {
            rules.add(loader.parse("science 1 zz" + i + "term | qq" + i + "* | *ww" + i, "test"));
        }
        LanguageRules compiled = new LanguageRules("en", rules);
        String body = "football ".repeat(2_000);
        assertThat(compiled.find(body, normalizer.normalize(body), "body")).hasSize(2_000);
    }

    @Test
    void badLinesAreReportedWithTheirPlace() {
        assertThatThrownBy(() -> loader.parse("nosuchtopic 3 x", "xx.rules:7"))
                .hasMessageContaining("xx.rules:7").hasMessageContaining("unknown topic");
        assertThatThrownBy(() -> loader.parse("sport x ball", "xx.rules:8")).hasMessageContaining("bad weight");
        assertThatThrownBy(() -> loader.parse("sport 2 & ball", "xx.rules:9")).hasMessageContaining("no terms");
    }
}
