package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A compound of two countries' adjectives names both (combining-forms.tsv): the first part counts before a hyphen
 * and another country's name or adjective, and alone, or before any other word, not at all.
 */
class CountryCompoundsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Sino-US relations improved after the summit.|CN|Sino",
            "en|Franco-German talks resumed on Monday.|FR|Franco",
            "en|Russo-Japanese talks resumed on Monday.|RU|Russo",
            "en|Indo-Pakistani tensions rose on Monday.|IN|Indo",
            "en|Sino–US talks resumed on Monday.|CN|Sino",
            "fr|Le conflit israélo-palestinien s'est aggravé.|IL|israélo",
            "fr|Les relations algéro-marocaines sont tendues.|DZ|algéro",
            "fr|Le sommet sino-russe s'est ouvert lundi.|CN|sino",
            "es|Las relaciones sino-estadounidenses mejoraron.|CN|sino",
            "es|Las relaciones chino-estadounidenses mejoraron.|CN|chino",
            "de|Der israelisch-palästinensische Konflikt verschärfte sich.|IL|israelisch",
            "ru|Российско-китайские отношения развиваются.|RU|Российско",
            "ru|Ирано-иракская война длилась восемь лет.|IR|Ирано",
            "ru|На турецко-сирийской границе усилили охрану.|TR|турецко",
            "ru|Франко-германский союз укрепился.|FR|Франко",
            "ru|Российско-китайско-американские переговоры начались.|CN|китайско"})
    void theFirstPartOfACompoundNamesItsCountry(String language, String body, String code, String evidence) {
        List<CountryTag> tags = tag("", body, language);

        assertThat(WorldArticles.tagOf(tags, code).mentions()).extracting(Mention::text).containsExactly(evidence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The Indo-Pacific strategy was discussed on Monday.|IN",
            "en|The Greco-Roman wrestling final was held on Monday.|GR",
            "en|The Anglo-Saxon chronicle was shown on Monday.|GB",
            "en|The Franco-era repression was discussed on Monday.|FR",
            "es|El franco suizo subió. El régimen de Franco cayó.|FR",
            "fr|Le port de Saint-Malo a été fermé lundi.|ML",
            "de|Sie spricht fließend chinesisch und lebt am Meer.|CN"})
    void aCombiningFormAloneOrBeforeAnotherWordNamesNoCountry(String language, String body, String absent) {
        assertThat(all(tag("", body, language))).doesNotContain(absent);
    }
}
