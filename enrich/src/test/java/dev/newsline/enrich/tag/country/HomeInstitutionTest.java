package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import dev.newsline.ingest.source.SourceCountryHint;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A domestic item that names its country's institutions without the country (home-institutions.tsv) is filed under
 * the home country its source declares, with those institutions as evidence; never without a declared home, and
 * never beside a named country or an agency's credit.
 */
class HomeInstitutionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|خدمة إلكترونية جديدة|أطلقت وزارة العمل خدمة تتيح للمنشآت إصدار التأشيرات دون مراجعة الفروع.|SA|وزارة",
            "ar|حفل معايدة|أقامت الهيئة حفلا لمنسوبيها بحضور نائب المحافظ ومديري الإدارات.|SA|الهيئة",
            "fa|طرح جدید حمل و نقل|شهرداری از هفته آینده خطوط تازه اتوبوس را در مناطق شمالی راه‌اندازی می‌کند.|IR|شهرداری",
            "en|New rules for landlords|The city council voted on Tuesday to cap rent increases at three percent.|US|city council"})
    void aDomesticItemNamingNoCountryIsFiledUnderItsSourcesHome(String language, String title, String body,
                                                                String home, String institution) {
        // Given a domestic item that names no place, from a source that declares its home country
        List<CountryTag> tags = tag(title, body, language, home);
        // Then the home country is primary, with the institution as evidence, offsets into the body as written
        assertThat(primary(tags)).containsExactly(home);
        Mention m = tags.get(0).mentions().get(0);
        assertThat(m.kind()).isEqualTo("home-institution");
        assertThat(m.text()).isEqualTo(institution);
        assertThat(body.substring(m.start(), m.end())).isEqualTo(institution);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"XX", "sa-riyadh"})
    void withoutAValidDeclaredHomeTheInstitutionsFileNothing(String header) {
        List<CountryTag> tags = tag("خدمة إلكترونية جديدة",
                "أطلقت وزارة العمل خدمة تتيح للمنشآت إصدار التأشيرات دون مراجعة الفروع.", "ar",
                SourceCountryHint.parse(header));
        assertThat(tags).isEmpty();
    }

    /** A word with tanween is indefinite, no institution's name: "كلمات جَامِعَةٌ" (comprehensive words). */
    @Test
    void anIndefiniteWordIsNoInstitution() {
        assertThat(tag("شرح الحديث", "قال الشارح إن في الحديث كَلِمَاتٌ جَامِعَةٌ هِيَ قَوَاعِدُ عَامَّةٌ.", "ar",
                "SA")).isEmpty();
        assertThat(primary(tag("حفل التخرج", "احتفلت جامعة الملك سعود بتخريج الدفعة الجديدة من طلابها.", "ar", "SA")))
                .containsExactly("SA");
    }

    @Test
    void aNamedCountryWinsOverTheSourcesHome() {
        List<CountryTag> tags = tag("زيارة رسمية",
                "استقبلت وزارة الخارجية المصرية الوفد في القاهرة لبحث التعاون الاقتصادي.", "ar", "SA");
        assertThat(primary(tags)).containsExactly("EG");
        assertThat(all(tags)).doesNotContain("SA");
    }

    @Test
    void anAgencysCreditWinsOverTheSourcesHome() {
        List<CountryTag> tags = tag("حملة تطعيم",
                "ذكرت وكالة الأنباء الكويتية أن الوزارة بدأت حملة تطعيم في المدارس.", "ar", "SA");
        assertThat(primary(tags)).containsExactly("KW");
    }

    @Test
    void aStoryAlreadyFiledUnderItsHomeGainsNoHomeEvidence() {
        // Given a Saudi source's item whose dateline is a Saudi city
        String body = "فهد العتيبي – الرياض\nأعلنت وزارة الصحة بدء حملة التطعيم الموسمية في المراكز الصحية.";
        List<CountryTag> tags = tag("حملة تطعيم", body, "ar", "SA");
        // Then SA is primary once, by its dateline alone
        assertThat(tags).extracting(CountryTag::code).containsExactly("SA");
        assertThat(tags.get(0).primary()).isTrue();
        assertThat(tags.get(0).mentions()).extracting(Mention::kind).containsExactly("dateline");
    }

    @Test
    void everyCodeAHintMayDeclareIsOneTheTaggerKnows() {
        // per-country topics are made ahead of time from the tagger's codes: a declared home must be among them
        assertThat(WorldArticles.TAGGER.codes()).containsAll(
                Arrays.stream(Locale.getISOCountries()).map(SourceCountryHint::parse).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {"SA|SA", " ir |IR", "us|US", "XX|null", "Saudi|null",
            "|null", "SAU|null"})
    void aHintIsAnIsoCountryCodeOrNothing(String header, String code) {
        assertThat(SourceCountryHint.parse(header)).isEqualTo(code);
    }
}
