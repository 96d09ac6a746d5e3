package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A finding reported as science is the world's news: a country seen only through the adjective of the study or of the
 * researchers (دراسة بريطانية, American researchers) says where it was made, and is tagged but not primary; named any
 * other way, it is the story's as before.
 */
class ResearchOriginTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|دراسة: المشروبات الغازية ترفع خطر السكري|كشفت دراسة بريطانية واسعة أن تناول علبة واحدة يوميا من "
                    + "المشروبات الغازية يرفع خطر الإصابة بالسكري.|GB",
            "ar|قفاز ذكي يترجم لغة الإشارة|طور فريق من الباحثين في إحدى الجامعات الأمريكية قفازا ذكيا يترجم حركات "
                    + "لغة الإشارة إلى كلمات منطوقة.|US",
            "en|Coffee and sleep|American researchers found that two cups of coffee a day did not shorten sleep.|US"})
    void theResearchsOwnCountryIsNotTheStorys(String language, String title, String body, String code) {
        var tags = tag(title, body, language);

        assertThat(primary(tags)).isEmpty();
        assertThat(all(tags)).containsExactly(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|دراسة: تراجع التدخين في بريطانيا|كشفت دراسة بريطانية أن نسبة المدخنين في بريطانيا تراجعت إلى 12 في "
                    + "المائة.|GB",
            "en|Coffee and sleep|Researchers in Japan found that two cups of coffee a day did not shorten sleep.|JP"})
    void aCountryNamedOtherwiseInAResearchStoryIsStillItsPlace(String language, String title, String body,
                                                              String code) {
        assertThat(primary(tag(title, body, language))).containsExactly(code);
    }
}
