package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arabic country adjectives count in their indefinite, plural and dual forms. */
class ArabicAdjectiveFormsTest {

    @Test
    void aMasculineAdjectiveGivesItsAccusativeAndPluralsAndAFeminineItsIndefinite() {
        assertThat(ArabicAdjectiveForms.of("المصري"))
                .containsExactly("مصريا", "مصريون", "المصريون", "مصريين", "المصريين", "مصريان", "المصريان");
        assertThat(ArabicAdjectiveForms.of("اليابانية"))
                .containsExactly("يابانية", "يابانيتان", "اليابانيتان", "يابانيتين", "اليابانيتين");
    }

    @Test
    void irregularPluralsAndPhrasesGiveNothing() {
        assertThat(ArabicAdjectiveForms.of("الأتراك")).isEmpty();
        assertThat(ArabicAdjectiveForms.of("الكوري الجنوبي")).isEmpty();
        assertThat(ArabicAdjectiveForms.of("سعودي")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة يابانية عن استثمار جديد في المصنع.|JP",
            "قصفت غارة إسرائيلية منزلا في البلدة فجر اليوم.|IL",
            "اعتقلت الشرطة شاباً سعودياً بتهمة الاعتداء على رجل.|SA",
            "أحرق مستوطنون إسرائيليون منزلا في القرية.|IL",
            "التقى الوزير وفدا لبنانيا في مكتبه.|LB",
            "قال مسؤول سعودي إن الوفد وصل أمس.|SA",
            "هنا شابان سعوديان يرددان القصيدة في مجلس.|SA",
            "فاز لاعبان مصريان بالميدالية الذهبية.|EG",
            "التقى الوزيران الأردنيان بالوفد.|JO",
            "شاركت طائرتان سعوديتان في التمرين.|SA",
            "أعلنت شركة سعودية عن مشروع جديد.|SA",
            "ولأني عسيرية أعتز باللهجة العسيرية.|SA",
            "وقع الاتفاق مع شركتين يابانيتين أمس.|JP",
            "قالت مصادر روسية إن القوات انسحبت.|RU",
            "أعلنت شركة تركية عن مشروع جديد.|TR",
            "عبرت سفينة صومالية المضيق أمس.|SO",
            "شارك مئات الكنديين في المسيرة.|CA",
            "فاز اللاعب الناميبي بالسباق.|NA",
            "أعلنت الحكومة النيجرية حالة الطوارئ.|NE",
            "قالت الحكومة المجرية إنها ستدعم المنتخب.|HU"})
    void indefinitePluralAndDualFormsAreTheirCountrys(String body, String code) {
        assertThat(all(tag("x", body, "ar"))).contains(code);
    }

    /** Where Persian or Urdu spells the country's name as the Arabic feminine, Arabic still reads the adjective. */
    @Test
    void anotherLanguagesNameSpelledAsTheFeminineIsStillTheAdjectiveInArabic() {
        assertThat(all(tag("x", "سفیر روسیه در تهران با وزیر دیدار کرد.", "fa"))).contains("RU");
        assertThat(all(tag("x", "قالت مصادر روسية إن القوات انسحبت.", "ar"))).containsExactly("RU");
    }

    @Test
    void theBareMasculineIsAPersonNotEvidence() {
        // تونسي alone is "a Tunisian" (a coach here); the article's own adjective still counts
        assertThat(all(tag("x", "وقع النادي مع تونسي لتدريب الفريق الأول.", "ar"))).doesNotContain("TN");
        assertThat(all(tag("x", "وقع النادي مع المدرب التونسي لتدريب الفريق الأول.", "ar"))).contains("TN");
    }
}
