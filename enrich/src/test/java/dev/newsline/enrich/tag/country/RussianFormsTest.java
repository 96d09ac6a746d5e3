package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static dev.newsline.enrich.tag.country.WorldArticles.tagOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Russian case forms: a region's adjective and noun agree in every case; a feminine town in -ь takes -и. */
class RussianFormsTest {

    @Test
    void aRegionsAdjectiveAndNounAgreeInEveryCase() {
        assertThat(RussianForms.of("челябинская область")).contains("челябинской области", "челябинскую область",
                "челябинской областью").doesNotContain("челябинская области");
        assertThat(RussianForms.of("краснодарский край")).contains("краснодарского края", "краснодарскому краю",
                "краснодарским краем", "краснодарском крае");
    }

    @Test
    void softAdjectivesAndSeveralAdjectivesAgreeWithTheirNoun() {
        assertThat(RussianForms.of("нижняя калифорния")).contains("нижней калифорнии", "нижнюю калифорнию");
        assertThat(RussianForms.of("внутренняя монголия")).contains("внутренней монголии");
        assertThat(RussianForms.of("новый южный уэльс")).contains("нового южного уэльса", "новом южном уэльсе");
        assertThat(RussianForms.of("ханты-мансийский автономный округ")).contains("ханты-мансийского автономного "
                + "округа");
    }

    @Test
    void theWordForAUnitDeclinesAndTheNameAfterItStays() {
        assertThat(RussianForms.of("штат мэн")).contains("штате мэн", "штата мэн").doesNotContain("штат мэна");
        assertThat(RussianForms.of("префектура фукусима")).contains("префектуре фукусима", "префектуры фукусима");
        assertThat(RussianForms.of("страна басков")).contains("стране басков", "страну басков");
    }

    @Test
    void aForeignNameWithAVowelBeforeItsFinalAIsIndeclinable() {
        assertThat(RussianForms.of("самоа")).containsExactly("самоа");
        assertThat(RussianForms.of("куба")).contains("кубы", "кубе", "кубу");
        assertThat(all(tag("Рецепт", "Самое простое и быстрое блюдо на ужин готовится за десять минут.", "ru")))
                .doesNotContain("WS");
    }

    @Test
    void aFeminineNameInSoftSignTakesItsCases() {
        assertThat(RussianForms.of("кубань")).contains("кубани", "кубанью");
        assertThat(RussianForms.of("кремль")).contains("кремля", "кремле");
    }

    @Test
    void aCountrysAdjectiveAndNounAgreeAndATownInSkHasItsAdjective() {
        assertThat(RussianForms.of("саудовская аравия")).contains("саудовской аравии", "саудовскую аравию");
        assertThat(RussianForms.of("южная корея")).contains("южной корее", "южную корею", "южной кореи");
        assertThat(RussianForms.of("южный судан")).contains("южного судана", "южном судане");
        assertThat(RussianForms.of("омск")).contains("омска", "омский", "омского", "омская");
        assertThat(primary(tag("Новости", "В Мьянме при авиаударе погибли люди, сообщили власти Мьянмы.", "ru")))
                .containsExactly("MM");
        assertThat(primary(tag("Новости", "Делегация Саудовской Аравии прибыла в Южную Корею.", "ru")))
                .containsExactlyInAnyOrder("SA", "KR");
    }

    @Test
    void anOblastInAnyCaseNamesItsCountry() {
        List<CountryTag> tags = tag("Новости", "В Тульской области открылся завод, сообщили власти Туркестанской "
                + "области.", "ru");
        assertThat(primary(tags)).contains("RU");
        assertThat(tagOf(tags, "RU").mentions()).extracting(Mention::text).containsExactly("Тульской области");
        assertThat(tagOf(tags, "KZ").mentions()).extracting(Mention::kind).containsExactly("region");
    }

    /**
     * A big town's adjective is written lower-case (минское «Динамо»); Russian media still name Belarus Белоруссия
     * beside CLDR's Беларусь, and Kazakhstan's capital Астана is no CLDR exemplar city.
     */
    @Test
    void aBigTownsLowerCaseAdjectiveAndTheOlderNamesOfStates() {
        assertThat(primary(tag("Матч КХЛ", "Хоккеисты «Барыса» обыграли минское «Динамо» со счетом 3:1.", "ru")))
                .contains("BY");
        assertThat(primary(tag("Гости", "Гости из Белоруссии отличились лишь во втором периоде.", "ru")))
                .containsExactly("BY");
        assertThat(primary(tag("Форум", "В Астане открылся международный форум.", "ru"))).containsExactly("KZ");
        // a smaller town's adjective counts only capitalized: уральские заводы are the Urals', not Уральск's
        assertThat(Articles.all(tag("Заводы", "На уральских заводах выросло производство стали.", "ru")))
                .doesNotContain("KZ");
    }
}
