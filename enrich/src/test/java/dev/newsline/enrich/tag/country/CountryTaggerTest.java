package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.TAGGER;
import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.input;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryTaggerTest {

    private static List<CountryTag> tag(String title, String body, String lang) {
        return TAGGER.tag(input(title, body, lang));
    }

    @Test
    void mentionsPointIntoTheOriginalText() {
        TaggingInput in = input("لاوروف: روسیه و ارمنستان", "وزیر خارجه روسیه‌ای در ایروان گفت.", "fa");
        List<CountryTag> tags = TAGGER.tag(in);
        assertThat(tags).isNotEmpty();
        for (CountryTag t : tags) {
            for (Mention m : t.mentions()) {
                String field = m.field().equals("title") ? in.title() : in.body();
                assertThat(field.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        assertThat(primary(tags)).containsExactlyInAnyOrder("RU", "AM");
    }

    @Test
    void arabicCliticPrefixes() {
        List<CountryTag> tags = tag("وزير الخارجية", "التقى بأذربيجان ثم وأرمينيا ولروسيا والإمارات وللسعودية دور.", "ar");
        assertThat(all(tags)).contains("AZ", "AM", "RU", "AE", "SA");
    }

    @Test
    void persianSuffixesAndJoins() {
        assertThat(all(tag("خبر", "رسانه‌های ارمنستانی گفتند.", "fa"))).containsExactly("AM");
        for (String karabakh : List.of("قره‌باغ", "قره باغ", "قرهباغ")) {
            assertThat(all(tag("خبر", "مسائل زیادی در " + karabakh + " باید حل شود.", "fa"))).containsExactly("AZ");
        }
    }

    @Test
    void azerbaijanInPersianDependsOnContext() {
        assertThat(all(tag("زلزله در آذربایجان شرقی", "استاندار آذربایجان شرقی گفت خسارت زیاد است.", "fa")))
                .containsExactly("IR");
        assertThat(all(tag("دیدار در باکو", "رئیس جمهور آذربایجان الهام علی‌اف در باکو گفت.", "fa")))
                .containsExactly("AZ");
        assertThat(all(tag("جمهوری آذربایجان", "جمهوری آذربایجان اعلام کرد.", "fa"))).containsExactly("AZ");
    }

    @Test
    void longestMatchWinsGuineaBissau() {
        List<CountryTag> tags = tag("انتخابات في غينيا بيساو", "أعلنت غينيا بيساو نتائج الانتخابات.", "ar");
        assertThat(all(tags)).containsExactly("GW");
    }

    @Test
    void georgiaCountryOrState() {
        assertThat(all(tag("Storms hit Georgia", "The governor said Atlanta and Savannah saw flooding across Georgia.", "en")))
                .containsExactly("US");
        assertThat(all(tag("Protests in Georgia", "Thousands marched in Tbilisi against the Georgian government.", "en")))
                .containsExactly("GE");
    }

    @Test
    void nigerIsNotNigeria() {
        assertThat(all(tag("Coup in Niger", "Soldiers seized power in Niamey, the capital of Niger.", "en"))).containsExactly("NE");
        assertThat(all(tag("Nigeria votes", "Voters in Nigeria went to the polls in Lagos and Abuja.", "en"))).containsExactly("NG");
    }

    @Test
    void congoByContext() {
        assertThat(all(tag("Fighting in Congo", "Rebels advanced near Goma in eastern Congo, officials in Kinshasa said.", "en")))
                .containsExactly("CD");
        assertThat(all(tag("Congo election", "Voters in Brazzaville re-elected Sassou Nguesso in Congo.", "en")))
                .containsExactly("CG");
    }

    @Test
    void personNamesAreNotPlaces() {
        assertThat(all(tag("Basketball", "Michael Jordan watched the game. Jordan smiled.", "en"))).isEmpty();
        assertThat(all(tag("Football", "Jordan Henderson scored twice. Henderson later thanked the fans.", "en"))).isEmpty();
        assertThat(all(tag("Celebrity", "Paris Hilton opened a shop.", "en"))).isEmpty();
        assertThat(all(tag("UFC", "Israel Adesanya lost his title fight.", "en"))).isEmpty();
        assertThat(all(tag("Talks in Jordan", "King Abdullah of Jordan met officials in Amman.", "en"))).containsExactly("JO");
        assertThat(all(tag("مباراة", "سجل اللاعب عبد الله المصري هدفين.", "ar"))).isEmpty();
    }

    @Test
    void turkeyInEveryForm() {
        assertThat(all(tag("Turkey raises rates", "The central bank of Türkiye acted.", "en"))).containsExactly("TR");
        assertThat(all(tag("Thanksgiving", "Families roast a turkey every year.", "en"))).isEmpty();
        assertThat(all(tag("ترکیه", "سفر به ترکیه افزایش یافت.", "fa"))).containsExactly("TR");
        assertThat(all(tag("Ekonomi", "Türkiye'nin enflasyonu düştü.", "tr"))).containsExactly("TR");
    }

    @Test
    void passingMentionIsNotPrimary() {
        List<CountryTag> tags = tag("Russia and Armenia sign deal",
                "Russia and Armenia signed a trade deal in Moscow. Armenia will buy Russian gas. "
                        + "Observers from France attended.", "en");
        assertThat(primary(tags)).isEqualTo(Set.of("RU", "AM"));
        assertThat(all(tags)).contains("FR");
    }

    @Test
    void institutionsStandForCountries() {
        assertThat(all(tag("کرملین", "کاخ سفید واکنش نشان داد.", "fa"))).containsExactlyInAnyOrder("RU", "US");
        assertThat(all(tag("بيان", "قال الكرملين إن البيت الأبيض لم يرد.", "ar"))).containsExactlyInAnyOrder("RU", "US");
    }
}
