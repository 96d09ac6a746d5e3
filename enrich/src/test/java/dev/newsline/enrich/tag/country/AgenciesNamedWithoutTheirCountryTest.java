package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A country's own English news names its agencies, offices and markets without the country (the Commerce Department,
 * the Chancellor of the Exchequer, Keidanren): they file the story under it (institutions.tsv), and a name another
 * state's body bears too (the Securities and Exchange Commission, the House of Commons) goes to that state where its
 * cues are (ambiguous-names.tsv).
 */
class AgenciesNamedWithoutTheirCountryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "COMMERCE DEPARTMENT SEES GROWTH|The Commerce Department said factory orders rose 1.2 pct in January.|US"
                    + "|Commerce Department",
            "SEC SUES BROKER|The Securities and Exchange Commission sued a broker over insider trading.|US"
                    + "|Securities and Exchange Commission",
            "Drug approved|The Food and Drug Administration approved a new treatment for migraine.|US"
                    + "|Food and Drug Administration",
            "Audits|The Internal Revenue Service will audit more returns, the IRS commissioner said.|US|IRS",
            "Engine probe|The National Transportation Safety Board is examining the engine failure.|US"
                    + "|National Transportation Safety Board",
            "USDA SEES RECORD CROP|The USDA forecast a record corn crop of 8.4 billion bushels.|US|USDA",
            "Dollar|Treasury Secretary Janet Moore said the administration would not seek a weaker dollar.|US"
                    + "|Treasury Secretary",
            "Stocks|The Nasdaq Composite closed up 1.2 percent and the S&P 500 gained 0.8 percent.|US|S&P 500",
            "LAWSON BUDGET|Chancellor of the Exchequer Nigel Lawson cut the basic rate of income tax.|GB"
                    + "|Chancellor of the Exchequer",
            "Vote|The House of Commons voted 310 to 290 to approve the bill.|GB|House of Commons",
            "Budget|The chancellor will present the budget to the Commons on Wednesday.|GB|the Commons",
            "Waiting lists|NHS waiting lists grew to a record 7.8 million, figures showed.|GB|NHS",
            "KEIDANREN CHIEF|Keidanren chairman Eishiro Saito said companies would raise spending.|JP|Keidanren",
            "Briefing|Chief Cabinet Secretary Masato Kubo said the bill would go to parliament.|JP"
                    + "|Chief Cabinet Secretary",
            "Launch|ISRO launched an earth observation satellite on Monday.|IN|ISRO",
            "Market|SEBI barred the brokerage from taking new clients for six months.|IN|SEBI",
            "Urteil|Der frühere Gemeindepräsident kann das Urteil ans Bundesgericht weiterziehen.|CH|Bundesgericht",
            "سود سپرده|شورای پول و اعتبار سقف سود سپرده‌های بانکی را کاهش داد.|IR|شورای پول و اعتبار"})
    void anAgencyNamedWithoutItsCountryFilesTheStoryUnderIt(String title, String body, String code,
                                                           String evidence) {
        List<CountryTag> tags = tag(title, body, code.equals("CH") ? "de" : code.equals("IR") ? "fa" : "en");

        assertThat(primary(tags)).containsExactly(code);
        assertThat(WorldArticles.tagOf(tags, code).mentions()).extracting(Mention::text).contains(evidence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MANILA, March 3 - The Securities and Exchange Commission warned the public against a lending firm.|PH|US",
            "BANGKOK - Thailand's Food and Drug Administration seized 20,000 fake cosmetic products.|TH|US",
            "OTTAWA - The House of Commons passed the budget bill as the Liberals and the Bloc joined forces.|CA|GB",
            "The Justice Department in Ottawa said it would review the conviction, Canada's minister said.|CA|US",
            "The company will list its shares on Nasdaq Stockholm next month, its chief executive said.|SE|US",
            "Union Home Secretary Ajay Kumar reviewed security arrangements in Srinagar.|IN|GB"})
    void anotherStatesBodyOfTheSameNameGoesToThatState(String body, String code, String notCode) {
        List<CountryTag> tags = tag("", body, "en");

        assertThat(all(tags)).contains(code).doesNotContain(notCode);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The photo is published under a Creative Commons licence.|GB",
            "Protesters march in the capital. Photo: EPA|US",
            "Fed up with delays, commuters turned to bicycles this spring.|US"})
    void aWordOrCreditLikeAnAgencyNamesNoCountry(String body, String code) {
        assertThat(all(tag("", body, "en"))).doesNotContain(code);
    }
}
