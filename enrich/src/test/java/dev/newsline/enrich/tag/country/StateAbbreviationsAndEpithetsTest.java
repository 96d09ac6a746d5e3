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
 * A state's abbreviation (PRC, ФРГ, KKTC), epithet (the Islamic Republic, l'Hexagone, Поднебесная, السلطنة) or the
 * press's other adjective for it (galo, nipón, Gallic) names it as its name does (short-forms.tsv, demonyms.tsv), an
 * office before an abbreviation is the state's office, and the full names of the other Islamic Republics are theirs.
 */
class StateAbbreviationsAndEpithetsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|HK STOCKS CLOSE HIGHER|Share prices closed higher in active trade, brokers said.|HK|HK",
            "en|Talks|The PRC and Japan signed an accord on Tuesday.|CN|PRC",
            "en|Talks|The ROK Navy held a drill off the east coast.|KR|ROK",
            "en|Talks|The DPRK fired a missile into the sea, officials said.|KP|DPRK",
            "en|Budget|The KSA budget for next year foresees a small deficit.|SA|KSA",
            "en|Budget|The HKSAR government raised the stamp duty.|HK|HKSAR",
            "en|Exports|NZ exports of dairy products rose 4 pct.|NZ|NZ",
            "en|Talks|The FRG and France signed the treaty in 1963.|DE|FRG",
            "en|Talks|The Islamic Republic has rejected the proposal, officials said.|IR|Islamic Republic",
            "en|Talks|The Jewish state has rejected the proposal, officials said.|IL|Jewish state",
            "en|Talks|Officials of the Turkish Republic of Northern Cyprus met the envoy.|CY"
                    + "|Turkish Republic of Northern Cyprus",
            "ru|Визит|Делегация КНР прибыла в Москву.|CN|КНР",
            "ru|Выборы|Власти ЮАР объявили режим ЧС.|ZA|ЮАР",
            "ru|Выборы|Власти ЦАР объявили о выборах.|CF|ЦАР",
            "ru|История|Экономика СССР росла медленно.|RU|СССР",
            "ru|История|Экономика ГДР росла медленно.|DE|ГДР",
            "ru|Переговоры|Позиция Исламской Республики не изменилась.|IR|Исламской Республики",
            "ru|Переговоры|Позиция еврейского государства не изменилась.|IL|еврейского государства",
            "de|Geschichte|Die Wirtschaft der DDR wuchs langsam.|DE|DDR",
            "de|Geschichte|Die BRD unterzeichnete ein Abkommen.|DE|BRD",
            "de|Gespräche|Die Islamische Republik lehnte den Vorschlag ab.|IR|Islamische Republik",
            "de|Zölle|Die Regierung der USA kündigte neue Zölle an.|US|USA",
            "de|Besuch|Kremlchef Putin traf in Minsk ein.|RU|Kremlchef",
            "fr|Histoire|La RFA a signé un accord commercial.|DE|RFA",
            "fr|Élection|Le président de la RCA a prêté serment.|CF|RCA",
            "fr|Pourparlers|La République islamique a rejeté la proposition.|IR|République islamique",
            "fr|Pourparlers|L'État hébreu a rejeté la proposition.|IL|L'État hébreu",
            "es|Acuerdo|Los EAU firmaron un acuerdo comercial.|AE|EAU",
            "es|Acuerdo|El Estado judío rechazó la propuesta.|IL|Estado judío",
            "tr|Seçim|KKTC'de seçim yapıldı.|CY|KKTC'de",
            "tr|Açıklama|GKRY yönetimi açıklama yaptı.|CY|GKRY",
            "tr|Görüşme|G.Kore ve Japonya arasında görüşme yapıldı.|KR|G.Kore",
            "tr|Görüşme|S. Arabistan heyeti Ankara'ya geldi.|SA|S. Arabistan",
            "ar|مفاوضات|رفض الكيان الصهيوني هذا الاقتراح.|IL|الكيان الصهيوني",
            "ar|مفاوضات|رفضت دولة الاحتلال هذا الاقتراح.|IL|دولة الاحتلال",
            "ar|مفاوضات|رفضت الجمهورية الإسلامية هذا الاقتراح.|IR|الجمهورية الإسلامية",
            "fa|مذاکره|جمهوری اسلامی این پیشنهاد را رد کرد.|IR|جمهوری اسلامی",
            "fa|مذاکره|رژیم اشغالگر قدس این پیشنهاد را رد کرد.|IL|رژیم اشغالگر قدس",
            "fr|Économie|Le chômage a reculé dans l'Hexagone au troisième trimestre.|FR|l'Hexagone",
            "fr|Économie|Outre-Rhin, la croissance a ralenti au troisième trimestre.|DE|Outre-Rhin",
            "fr|Économie|Le royaume chérifien a signé un accord avec l'Union européenne.|MA|chérifien",
            "es|Economía|El presidente galo anunció nuevas medidas.|FR|galo",
            "es|Economía|El primer ministro nipón anunció nuevas medidas.|JP|nipón",
            "es|Economía|El gigante asiático anunció nuevas medidas.|CN|gigante asiático",
            "es|Fútbol|La selección charrúa ganó el partido.|UY|charrúa",
            "de|Wirtschaft|Die Alpenrepublik führt eine Maut ein.|AT|Alpenrepublik",
            "ru|Экономика|Власти Поднебесной увеличили экспорт.|CN|Поднебесной",
            "ru|Экономика|Туманный Альбион увеличил экспорт.|GB|Туманный Альбион",
            "en|Economy|The Hashemite Kingdom signed a gas deal on Monday.|JO|Hashemite Kingdom",
            "en|Economy|The Gallic government signed a gas deal on Monday.|FR|Gallic",
            "ar|اقتصاد|وقعت السلطنة اتفاقا للغاز مع الهند.|OM|السلطنة",
            "ar|اقتصاد|تعيش أرض الكنانة أزمة اقتصادية.|EG|أرض الكنانة",
            "fa|ژاپن|سرزمین آفتاب تابان صادرات خود را افزایش داد.|JP|سرزمین آفتاب تابان"})
    void anAbbreviationOrAnEpithetNamesItsState(String language, String title, String body, String code,
                                                String evidence) {
        List<CountryTag> tags = tag(title, body, language);

        assertThat(WorldArticles.tagOf(tags, code).mentions()).extracting(Mention::text).contains(evidence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The Islamic Republic of Pakistan has rejected the proposal.|PK",
            "en|The Islamic Republic of Afghanistan has rejected the proposal.|AF",
            "fr|La République islamique de Mauritanie a rejeté la proposition.|MR",
            "es|La República Islámica de Pakistán rechazó la propuesta.|PK",
            "de|Die Islamische Republik Pakistan lehnte den Vorschlag ab.|PK",
            "ru|Власти Исламской Республики Пакистан отклонили предложение.|PK",
            "ar|رفضت الجمهورية الإسلامية الموريتانية هذا الاقتراح.|MR",
            "fa|سفیر جمهوری اسلامی افغانستان این پیشنهاد را رد کرد.|AF"})
    void anotherIslamicRepublicByItsFullNameIsNotIran(String language, String body, String code) {
        List<CountryTag> tags = tag("", body, language);

        assertThat(all(tags)).containsExactly(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru|Президент США прибыл в Минск для переговоров.|US|США",
            "ru|Президент РФ прибыл в Минск для переговоров.|RU|РФ",
            "ru|Канцлер ФРГ прибыл в Пекин для переговоров.|DE|ФРГ"})
    void anOfficeBeforeAnAbbreviationIsTheStatesOffice(String language, String body, String code, String evidence) {
        List<CountryTag> tags = tag("", body, language);

        assertThat(WorldArticles.tagOf(tags, code).mentions()).extracting(Mention::text).containsExactly(evidence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de|Das Notebook nutzt DDR-Speicher und schnelle SSDs.|DE",
            "en|Each GDR represents two ordinary shares, the bank said.|DE",
            "en|The app exports every chart as a PNG file.|PG",
            "fr|Le prix de l'eau a augmenté de 3 % cette année.|AE",
            "fr|Un écrou a la forme d'un hexagone régulier.|FR",
            "es|La gala de los Goya se celebró el sábado.|FR",
            "es|Helena Bonham Carter recibió un premio honorífico.|GR",
            "en|Add sliced kiwi fruit and serve the salad cold.|NZ",
            "ar|امتدت السلطنة العثمانية إلى البلقان.|OM"})
    void anAbbreviationThatIsAlsoATermNamesNoState(String language, String body, String code) {
        assertThat(all(tag("", body, language))).doesNotContain(code);
    }
}
