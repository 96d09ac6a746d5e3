package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Test helpers: one shared tagger (loading takes a second) and inputs built the way the pipeline builds them. */
final class Articles {

    static final CountryTagger TAGGER = new CountryTagger();

    private Articles() {
    }

    static TaggingInput input(String title, String body, String language) {
        MatchFormNormalizer n = new MatchFormNormalizer();
        return new TaggingInput(title, body, n.normalize(title), n.normalize(body), language);
    }

    static Set<String> primary(List<CountryTag> tags) {
        return tags.stream().filter(CountryTag::primary).map(CountryTag::code).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> all(List<CountryTag> tags) {
        return tags.stream().map(CountryTag::code).collect(Collectors.toCollection(TreeSet::new));
    }
}
