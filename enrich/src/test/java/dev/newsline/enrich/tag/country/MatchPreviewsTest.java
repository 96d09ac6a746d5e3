package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A match a sports story looks ahead to: its opponent is no party yet, its result makes one (MatchPreviews). */
class MatchPreviewsTest {

    @Test
    void aPreviewedMatchsOpponentAndHostAreNotTheStorysCountry() {
        // Given a Saudi club preparing to face an Emirati club in Abu Dhabi
        List<CountryTag> tags = tag("الاتفاق يكثف تحضيراته لمواجهة الوحدة الإماراتي في أبوظبي", "الدمام - اليوم: كثف "
                + "الفريق الأول لكرة القدم بنادي الاتفاق تحضيراته لمواجهة الوحدة الإماراتي الأربعاء المقبل في أبوظبي ضمن "
                + "دوري أبطال آسيا، وخاض حصة تدريبية مسائية على ملعبه.", "ar");
        // Then the story is the side's that prepares; the opponent is still tagged, with its evidence
        assertThat(primary(tags)).containsExactly("SA");
        assertThat(all(tags)).contains("AE");
    }

    @Test
    void thePlayedMatchsOpponentIsAPartyOfTheStory() {
        List<CountryTag> tags = tag("الاتفاق يتغلب على الوحدة الإماراتي في أبوظبي", "الدمام - اليوم: تغلب الفريق الأول "
                + "لكرة القدم بنادي الاتفاق على الوحدة الإماراتي بهدفين مقابل هدف أمس في أبوظبي ضمن دوري أبطال آسيا.", "ar");
        assertThat(primary(tags)).contains("SA", "AE");
    }

    @Test
    void aPersianNationalTeamsCampBeforeAMatchIsItsOwn() {
        List<CountryTag> tags = tag("اردوی تیم ملی برای دیدار با هند", "به گزارش خبرگزاری فارس، تیم ملی فوتبال برای "
                + "دیدار با هند در مرحله مقدماتی جام جهانی از دوشنبه در تهران اردو می‌زند و سرمربی تیم ملی ۲۵ بازیکن را "
                + "دعوت کرده است.", "fa");
        assertThat(primary(tags)).containsExactly("IR");
        assertThat(all(tags)).contains("IN");
    }

    @Test
    void aMinistersMeetingIsNoMatch() {
        // "برای دیدار با" is also a visit: without a sports word up front the host stays the story's country
        List<CountryTag> tags = tag("سفر وزیر امور خارجه به مسکو", "به گزارش خبرگزاری فارس، وزیر امور خارجه برای دیدار "
                + "با همتای روس خود و رئیس‌جمهور روسیه امروز وارد مسکو شد و درباره همکاری‌های دو کشور گفت‌وگو کرد.", "fa");
        assertThat(primary(tags)).contains("RU", "IR");
    }
}
