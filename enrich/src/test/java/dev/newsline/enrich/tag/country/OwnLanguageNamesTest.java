package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A country's name or adjective in its own language heads its firms' names, which the English wire writes unchanged
 * (demonyms.tsv, source own-name); in its own language the word stays the ordinary adjective it was.
 */
class OwnLanguageNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Nippon Life buys stake|Nippon Life Insurance Co said it would buy a 13 pct stake in a broker.|JP|Nippon",
            "en|Svenska Handelsbanken profit|Svenska Handelsbanken said its 1986 profit rose nine pct.|SE|Svenska",
            "en|Magyar Telekom results|Magyar Telekom said net profit rose on mobile revenue.|HU|Magyar",
            "en|Deutsche Babcock profit|Deutsche Babcock AG said its group profit rose.|DE|Deutsche",
            "es|Danske Bank, multado|Danske Bank fue multado por blanqueo de capitales.|DK|Danske",
            "fr|Le yen nippon recule|Le yen nippon recule face au dollar, selon des cambistes.|JP|nippon",
            "de|Deutsche Unternehmen investieren|Deutsche Unternehmen investieren mehr im Ausland, sagte der Verband.|DE|Deutsche",
            "tr|Türk ekonomisi büyüdü|Türk ekonomisi üçüncü çeyrekte büyüdü.|TR|Türk"})
    void anOwnLanguageNameStandsForItsCountry(String language, String title, String body, String code, String word) {
        List<CountryTag> tags = tag(title, body, language);

        assertThat(primary(tags)).containsExactly(code);
        assertThat(WorldArticles.tagOf(tags, code).mentions()).extracting(Mention::text).contains(word);
    }
}
