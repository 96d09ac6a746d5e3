package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People and organizations that carry a place's name, and words that fold to one, give no tag. */
class NamesThatAreNotPlacesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Coach Jordan said the team had played well. Jordan praised the fans.|JO",
            "en|Foreign Minister Israel Katz spoke to reporters on Monday.|IL",
            "en|The company hired Chad Miller as chief executive. Miller starts on Monday.|TD",
            "en|Columbia Gas said the pipe had been replaced last year.|CO",
            "en|Shares of Georgia-Pacific rose after the mill reopened.|GE",
            "en|Real Madrid beat Inter Milan 2-1 in a friendly on Saturday.|ES",
            "en|Real Madrid beat Inter Milan 2-1 in a friendly on Saturday.|IT",
            "en|Kenya Airways cancelled three flights because of the storm.|KE",
            "en|Leeds United signed a new striker on Friday.|GB",
            "ar|قال رئيس الوزراء البريطاني ديفيد كاميرون إن الحكومة ستتحرك.|CM",
            "ar|هاجمت مليشيا مسلحة مواقع قرب المدينة.|MY",
            "fa|آقای اردن در جلسه سخنرانی کرد.|JO",
            "en|BOSTON, Feb 27 - Chad Miller, founder of a battery start-up, raised money. Chad said it would last.|TD",
            "ar|أصيب اللاعب في أربطة الركبة اليمنى خلال المباراة.|YE",
            "ar|رفعت يدها اليمنى وابتسمت للجمهور.|YE",
            "ar|وصل الضيوف قبل أذان المغرب بقليل.|MA",
            "ar|استقبل الدكتور عبدالمحسن التركي الضيوف في مكتبه.|TR",
            "ar|شارك في البطولة فهد الدوسري وسلطان المصري.|EG",
            "ar|استقبل الدكتور التركي الوفد في مكتبه.|TR",
            "ar|وجلست فيمن جلس لكي نشترك في الحديث.|YE",
            "ar|ذهبت إلى سينما «عدن» مع أصدقائي.|YE",
            "ar|تجول في شوارع المدينة حتى المساء.|SA",
            "ar|تأهل المنتخب إلى نصف نهائي كوبا أمريكا بعد الفوز بركلات الترجيح.|CU",
            "ar|تأهل المنتخب إلى نصف نهائي كوبا أمريكا بعد الفوز بركلات الترجيح.|US",
            "en|Chile won the Copa America on penalties.|CU",
            "ar|ذكرت صحيفة ديلي ميل أن النادي يفاوض اللاعب.|TL",
            "ar|قال الاقتصادي موريس أوبستفيلد إن النمو سيتباطأ.|MU",
            "ar|أعلن سعود التركي عن المبادرة الجديدة.|TR",
            "ar|وقع ياسر المصري العقد مع النادي.|EG",
            "ar|يدرس الطلاب اللغة الفرنسية في المدارس الحكومية.|FR",
            "fa|دانش‌آموزان زبان انگلیسی را از کلاس سوم می‌آموزند.|GB",
            "fa|کارگردان نمایش، علی فراهانی، از تماشاگران تشکر کرد.|IR",
            "fa|نقدهای زیادی به این فیلم وارد شد.|IR",
            "ar|وصفها الشاعر بأنها شقراء حسناء.|SA",
            "ar|ترك الرجل سيارته أمام المنزل وغادر.|FM",
            "ar|أصدرت الوزارة الكتاب بالإنجليزية والفرنسية.|GB",
            "ar|تتكون الشقة من غرفة نوم واحدة ومطبخ.|US",
            "ar|يقدم برنامج ديلي شو الساخر كل ليلة.|TL"})
    void aPlaceNameInsideAPersonsOrAnOrganizationsNameIsNoPlace(String language, String body, String absent) {
        assertThat(all(tag("x", body, language))).doesNotContain(absent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The president of Kenya met investors on Monday.|KE",
            "en|Historians compared Austria-Hungary with the Ottoman Empire.|AT",
            "en|Gas from Russia reached Europe through Ukraine.|RU",
            "fa|سفیر ایران در مسکو با وزیر خارجه روسیه دیدار کرد.|IR",
            "en|President Erdogan of Turkey met the minister in Ankara.|TR",
            "ru|Президент России провёл совещание.|RU",
            "ar|قال الرئيس التركي إن بلاده ستدعم الاتفاق.|TR",
            "ar|استقبلت الحكومة اليمنية الوفد في عدن.|YE",
            "ar|وصل الوفد إلى المدينة المنورة أمس.|SA",
            "fa|وزیر خارجه موریس با همتای خود دیدار کرد.|MU",
            "ar|سافر الوفد إلى جزيرة موريشيوس أمس.|MU",
            "ar|يتصدر تشيلسي الدوري الإنجليزي الممتاز بفارق نقطتين.|GB",
            "ar|فاز المنتخب الإنكليزي على ضيفه بهدفين.|GB"})
    void titlesOfAPlaceAndCompoundsOfPlacesStayPlaces(String language, String body, String present) {
        assertThat(all(tag("x", body, language))).contains(present);
    }

    /**
     * Everyday Arabic words that GeoNames spells like a town give no mention even beside that town's country (which
     * a GeoNames-only name would need): "the movement", "the Kaaba's cloth", "the class", "the five", "the new",
     * a derby, "billion" (ب+ليون), "we came" (Jena), "peacefully" (ب+سلمية).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قال ناشطون سوريون إن الحراك السلمي مستمر في سوريا.|الحراك",
            "قال مسؤول سوري في دمشق إن الكسوة الجديدة للكعبة جاهزة.|الكسوة",
            "تحدث الكاتب السوري عن الطبقة الوسطى في سوريا.|الطبقة",
            "قال مسؤول ليبي إن الجوائز الخمس وزعت في ليبيا.|الخمس",
            "افتتحت الحكومة المغربية الحديقة الجديدة في المغرب.|الجديدة",
            "يترقب الجمهور في بريطانيا ديربي العاصمة مساء الجمعة.|ديربي",
            "قال وزير فرنسي إن فرنسا أنفقت بليون يورو.|بليون",
            "قال المدرب الألماني إننا جئنا إلى ألمانيا لنفوز.|جئنا",
            "تظاهر السوريون بسلمية في سوريا.|بسلمية"})
    void everydayWordsSpelledLikeATownAreNoMentionBesideItsCountry(String body, String word) {
        assertThat(WorldArticles.mentions(tag("x", body, "ar"))).extracting(Mention::text).doesNotContain(word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وصل الوفد الفرنسي إلى ليون أمس.|ليون"})
    void theTownsThemselvesStayMentions(String body, String word) {
        assertThat(WorldArticles.mentions(tag("x", body, "ar"))).extracting(Mention::text).contains(word);
    }
}
