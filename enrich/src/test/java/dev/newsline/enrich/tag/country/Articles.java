package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.tag.TaggingInput;
import dev.newsline.ingest.source.SharedFolder;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Test helpers: one shared tagger (loading takes seconds) and inputs built the way the pipeline builds them. */
final class Articles {

    /** As production runs it: every CLDR locale, and the GeoNames extract of ../shared when it is here. */
    static final CountryTagger TAGGER = new CountryTagger(CountryTaggerOptions.allLocales(SharedFolder.locate("geonames")));

    private Articles() {
    }

    static TaggingInput input(String title, String body, String language) {
        return input(title, body, language, null);
    }

    /** An article whose source declares {@code sourceCountry} its home (null: none). */
    static TaggingInput input(String title, String body, String language, String sourceCountry) {
        MatchFormNormalizer n = new MatchFormNormalizer();
        return new TaggingInput(title, body, n.normalize(title), n.normalize(body), language, sourceCountry);
    }

    static Set<String> primary(List<CountryTag> tags) {
        return tags.stream().filter(CountryTag::primary).map(CountryTag::code).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> all(List<CountryTag> tags) {
        return tags.stream().map(CountryTag::code).collect(Collectors.toCollection(TreeSet::new));
    }
}
