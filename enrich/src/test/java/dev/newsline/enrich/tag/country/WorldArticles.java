package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A tagger over the locales we read plus a small GeoNames-format fixture written for the tests
 * ({@code geonames-fixture/}), so the GeoNames mechanisms are tested whether or not ../shared is here.
 */
final class WorldArticles {

    static final CountryTagger TAGGER = new CountryTagger(new CountryTaggerOptions(ExemplarCities.READ_LANGUAGES, Optional.of(fixture())));

    private WorldArticles() {
    }

    static List<CountryTag> tag(String title, String body, String language) {
        return TAGGER.tag(Articles.input(title, body, language));
    }

    /** Tags an article whose source declares {@code sourceCountry} its home. */
    static List<CountryTag> tag(String title, String body, String language, String sourceCountry) {
        return TAGGER.tag(Articles.input(title, body, language, sourceCountry));
    }

    static CountryTag tagOf(List<CountryTag> tags, String code) {
        return tags.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " tag in " + tags));
    }

    /** The mentions of every tag, in one list. */
    static List<Mention> mentions(List<CountryTag> tags) {
        return tags.stream().flatMap(t -> t.mentions().stream()).toList();
    }

    static Path fixture() {
        try {
            return Path.of(WorldArticles.class.getResource("/geonames-fixture/cities15000.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
