package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the words around a mention say about the place's part in the story (mention-roles.tsv). */
class MentionRolesTest {

    /**
     * A role word is read in the language its row names: the same letters are another word elsewhere. Spanish "a"
     * (a la Argentina) is English's article, Arabic معرض (an exhibition) is Persian's "exposed to" (در معرض), English
     * "premiere" is French première, "first". A language with no rows of its own (Urdu) reads every row.
     */
    @Test
    void aRoleWordIsReadInItsOwnLanguage() {
        MentionRoles roles = new MentionRoles();
        assertThat(roles.is(MentionRoles.Role.LOCATIVE, "es", "a")).isTrue();
        assertThat(roles.is(MentionRoles.Role.LOCATIVE, "en", "a")).isFalse();
        assertThat(roles.is(MentionRoles.Role.EVENT, "ar", "معرض")).isTrue();
        assertThat(roles.is(MentionRoles.Role.EVENT, "fa", "معرض")).isFalse();
        assertThat(roles.is(MentionRoles.Role.EVENT, "en", "premiere")).isTrue();
        assertThat(roles.is(MentionRoles.Role.EVENT, "fr", "premiere")).isFalse();
        assertThat(roles.is(MentionRoles.Role.LOCATIVE, "ur", "در")).isTrue();
    }

    /**
     * In English an office written after a country's adjective is its government acting, as one written before its
     * name is: "a Ugandan government spokesman denied", "the Kenyan foreign minister said".
     */
    @Test
    void anEnglishOfficeAfterACountrysAdjectivePlacesTheCountry() {
        String body = "NAIROBI, March 27 - Kenya lodged a formal protest with Uganda after soldiers crossed the border "
                + "near Busia and shot dead two traders, the Foreign Ministry said. A Ugandan government spokesman said "
                + "the soldiers had been pursuing smugglers. Reuter";
        assertThat(primary(tag("KENYA PROTESTS OVER BORDER SHOOTING", body, "en"))).contains("KE", "UG");
    }

    @Test
    void aRoleWordTheMatchFormSplitsIsReadAsItsRun() {
        // ستاره‌شناسان (astronomers) is one word to a reader and two tokens at its ZWNJ to the match form: as a role
        // word of one token it never matched, and the agency's credit filed the world's science news under Iran
        String body = "به گزارش خبرگزاری مهر به نقل از یک نشریه علمی، گروهی از ستاره‌شناسان با بررسی داده‌های چند تلسکوپ، "
                + "سیاره‌ای هم‌اندازه زمین را در مدار یک ستاره کوتوله شناسایی کردند.";
        assertThat(primary(tag("کشف سیاره‌ای هم‌اندازه زمین", body, "fa"))).isEmpty();
    }

    @Test
    void aPersianNewStudyIsTheWorldsScienceNews() {
        // "یک مطالعه جدید" (a new study) in the lead: the agency's credit does not file the finding under Iran
        String body = "به گزارش خبرگزاری مهر، نتایج یک مطالعه جدید که در یک نشریه علمی منتشر شده، نشان می‌دهد نوشیدن "
                + "دو تا سه فنجان قهوه در روز با کاهش خطر بیماری‌های کبدی همراه است.";
        assertThat(primary(tag("مصرف متعادل قهوه خطر بیماری‌های کبدی را کاهش می‌دهد", body, "fa"))).isEmpty();
    }

    @Test
    void anIranianAgencysNationalTeamNamedWithoutItsCountryIsIrans() {
        // Given a wrestling final abroad under an Iranian agency's credit, the team named only as "the national team"
        String body = "به گزارش ایسنا، تیم ملی کشتی آزاد در دیدار پایانی جام جهانی که در لس‌آنجلس برگزار شد، با نتیجه "
                + "۵ بر ۳ روسیه را شکست داد و عنوان قهرمانی را به دست آورد. ملی‌پوشان در مرحله گروهی نیز گرجستان را "
                + "پشت سر گذاشته بودند.";
        List<CountryTag> tags = tag("کشتی آزاد قهرمان جام جهانی شد", body, "fa");
        // Then the team is Iran's, a side, and the host is the venue
        assertThat(primary(tags)).contains("IR").doesNotContain("US");
        // and another country's national team, named by its country, stays that country's
        String other = "به گزارش ایسنا، تیم ملی فوتبال کره جنوبی در دیداری دوستانه در سئول ازبکستان را شکست داد.";
        assertThat(all(tag("پیروزی کره جنوبی", other, "fa"))).doesNotContain("IR");
    }

    @Test
    void aDrawOfManyCountriesNamesNoneOfThemAsThePlace() {
        List<CountryTag> tags = tag("المنتخب السعودي يواجه الجزائر",
                "يلعب المنتخب السعودي مع الجزائر اليوم، كما يلتقي البحرين مع قطر وتونس مع العراق ثم الكويت مع لبنان.",
                "ar");
        assertThat(primary(tags)).containsExactlyInAnyOrder("SA", "DZ");
        assertThat(all(tags)).contains("BH", "QA", "TN", "IQ", "KW", "LB"); // still tagged, not primary
    }

    @Test
    void aCountryNamedOnlyAsTheObjectOfSpeechesIsNotPrimary() {
        String body = "عضو مجلس شورای اسلامی گفت: نظام جمهوری اسلامی مقتدر است. وی افزود: توطئه‌های آمریکا شکست خورد. "
                + "دولتمردان آمریکا باید بدانند که ملت ایستاده است.";
        assertThat(primary(tag("نظام مقتدر است", body, "fa"))).containsExactly("IR");
    }

    @Test
    void aBodyOfOneCountryNamedTwicePlacesTheStoryThere() {
        String body = "فیلم سرزمین مقدس در برنامه شب فیلمنامه حوزه هنری به نمایش درمی‌آید. این فیلم داستان آزاد شدن "
                + "بیت المقدس را روایت می‌کند و نام اورشلیم را بر خود دارد. حوزه هنری این برنامه را هر هفته برگزار می‌کند.";
        assertThat(primary(tag("نمایش یک فیلم تاریخی", body, "fa"))).contains("IR");
    }

    @Test
    void theSameCountryNamedWhereThingsHappenIsPrimary() {
        String body = "عضو مجلس گفت: نظام جمهوری اسلامی مقتدر است. وی افزود: انتخابات در آمریکا برگزار شد. "
                + "نامزدهای آمریکا رقابت می‌کنند.";
        assertThat(primary(tag("نظام مقتدر است", body, "fa"))).contains("US");
    }

    @Test
    void aTeamsCampAbroadIsAVenue() {
        List<CountryTag> tags = tag("المنتخب يواصل تدريباته",
                "واصل المنتخب السعودي تدريباته أمس استعدادا للبطولة. ويقيم الفريق في معسكر النمسا حتى نهاية الشهر، "
                        + "وسيعود من معسكر النمسا الأسبوع المقبل.", "ar");
        assertThat(primary(tags)).containsExactly("SA");
        assertThat(all(tags)).contains("AT");
    }

    @Test
    void anIranianInstitutionPlacesADomesticItem() {
        assertThat(primary(tag("حضور رئیس قوه قضاییه", "رئیس قوه قضاییه صبح امروز در مراسم حضور یافت.", "fa")))
                .containsExactly("IR");
        assertThat(primary(tag("اردو برگزار شد", "اداره بهزیستی این شهرستان اردویی برای دانش‌آموزان برگزار کرد.",
                "fa"))).containsExactly("IR");
        assertThat(primary(tag("پیروزی در دربی", "پرسپولیس در دیدار دیروز دو گل زد.", "fa"))).containsExactly("IR");
        assertThat(primary(tag("توسعة الحرم", "بدأت أعمال التوسعة في المسجد الحرام أمس.", "ar"))).containsExactly("SA");
    }

    @Test
    void aForeignParliamentIsNotIransMajlis() {
        List<CountryTag> tags = tag("رأی‌گیری در کنگره",
                "مجلس نمایندگان آمریکا روز گذشته طرح بودجه را تصویب کرد.", "fa");
        assertThat(all(tags)).doesNotContain("IR");
    }

    @Test
    void aCountryOpponentsComeFromIsNotPlacedByIt() {
        List<CountryTag> tags = tag("پیروزی کشتی‌گیر ایران",
                "کشتی‌گیر ایران به فینال رسید. او در دور اول مقابل حریفی از قزاقستان پیروز شد و در دور دوم نیز "
                        + "حریفی از قزاقستان را شکست داد.", "fa");
        assertThat(primary(tags)).containsExactly("IR");
        assertThat(all(tags)).contains("KZ");
    }

    @Test
    void aPrepositionBeforeAStateWordPlacesTheCountry() {
        List<CountryTag> tags = tag("بطولة الشباب",
                "فاز المنتخب السعودي على الجزائر في البطولة المقامة بجمهورية مصر العربية، ويلعب غدا في البطولة نفسها.",
                "ar");
        assertThat(primary(tags)).contains("DZ").doesNotContain("EG");
        assertThat(all(tags)).contains("EG");
    }

    @Test
    void aPersianCountryNameWithThePeopleEndingDoesNotPlaceTheStory() {
        List<CountryTag> tags = tag("رونمایی از یک کتاب خاطرات",
                "کتاب خاطرات یک آزاده در قزوین رونمایی شد. نویسنده می‌گوید به عراقی‌ها احترام می‌گذاشتند و برای "
                        + "عراقی‌ها غذا می‌بردند.", "fa");
        assertThat(primary(tags)).containsExactly("IR");
        assertThat(all(tags)).contains("IQ");
    }

    @Test
    void aForeignClubMetByASaudiClubIsItsOpponentNotThePlace() {
        List<CountryTag> tags = tag("الهلال يتأهل",
                "فاز فريق الهلال على العين الإماراتي بثلاثية على استاد الملك فهد الدولي في الرياض. "
                        + "وسجل لاعبو الهلال في مرمى العين ثلاثة أهداف، وكان حارس العين الأسوأ في المباراة.",
                "ar");
        assertThat(primary(tags)).containsExactly("SA");
        assertThat(all(tags)).contains("AE"); // still tagged, not primary
    }

    @Test
    void aBylinesDeskCityIsNotTheStorysPlaceWhenTheLeadIsAboutAnotherCountry() {
        List<CountryTag> tags = tag("مخرج ينتقد ممثلة",
                "عين اليوم – جدة\nانتقد المخرج المصري الممثلة الأردنية في لقاء تلفزيوني مساء السبت.", "ar");
        assertThat(primary(tags)).isNotEmpty().doesNotContain("SA");
        assertThat(primary(tag("اعتقال شاب", "سامي حسن- سبق- جدة: اعتقلت الشرطة الأمريكية شابا بعد شجار في أحد "
                + "الشوارع. وقالت الشرطة الأمريكية إنه سيمثل أمام القاضي.", "ar"))).containsExactly("US");
    }

    @Test
    void aBylinesCityStaysThePlaceOfADomesticItem() {
        assertThat(primary(tag("مشروع جديد", "عين اليوم – جدة\nافتتح الأمين مشروعا جديدا لتصريف مياه الأمطار.",
                "ar"))).containsExactly("SA");
        assertThat(primary(tag("مشروع جديد", "عين اليوم – جدة\nزار وفد مصري مشروعا جديدا في جدة أمس.", "ar")))
                .contains("SA");
    }

    @Test
    void aCommodityPriceReportGetsAPrimaryOnlyFromItsTitle() {
        assertThat(primary(tag("تراجع أسعار النفط", "تراجعت أسعار النفط اليوم مع هبوط الأسهم الصينية في شنغهاي، فيما "
                + "ترقب المستثمرون بيانات الوظائف الأمريكية.", "ar"))).isEmpty();
        assertThat(primary(tag("ارتفاع أسعار النفط", "ارتفعت أسعار النفط بعد قرار خفض الإنتاج. وقالت الكويت إن "
                + "القرار يهدف إلى استقرار السوق. وهبطت الأسهم الأمريكية.", "ar"))).containsExactly("KW"); // the actor
        assertThat(primary(tag("ارتفاع صادرات النفط السعودية", "ارتفعت الصادرات الشهر الماضي بعد زيادة الإنتاج.",
                "ar"))).containsExactly("SA");
        assertThat(primary(tag("النفط والتنمية", "قال وزير الطاقة الكويتي إن النفط سيبقى مصدر الدخل الأول في الكويت.",
                "ar"))).containsExactly("KW"); // no price word: not a price report
    }

    @Test
    void aCountryNamedOnceInTheLeadIsADetailWhenTheTitleNamesAnother() {
        assertThat(primary(tag("الجماعة ترفض الهدنة في اليمن", "أعلن قائد الجماعة في بيان مساء أمس رفضه للهدنة التي يريد "
                + "التحالف بقيادة السعودية أن يبدأها الأسبوع المقبل.", "ar"))).containsExactly("YE");
        assertThat(primary(tag("زيارة رسمية", "وصل وزير الخارجية إلى مصر في زيارة رسمية تستغرق يومين.", "ar")))
                .containsExactly("EG"); // no country in the title: the lead's country is the story's
    }

    /** In Arabic a country's armed forces place it as its officials do: the country acts in the story. */
    @Test
    void aCountrysArmedForcesPlaceItAsItsOfficialsDo() {
        List<CountryTag> tags = tag("قصف مواقع المسلحين قرب الحدود", "واصلت المدفعية السعودية قصف مواقع المسلحين في "
                + "محافظة صعدة اليمنية، وقالت القوات المسلحة السعودية إنها دمرت عددا من الآليات.", "ar");
        assertThat(primary(tags)).containsExactlyInAnyOrder("SA", "YE");
    }

    @Test
    void aCountryNamedOnlyInALongArticlesClosingParagraphsIsBackground() {
        String body = "يقترب مشروع المطار الجديد في الرياض من الاكتمال.\n"
                + "وتستمر الأعمال في المبنى الرئيسي وفق الجدول الزمني المحدد لها منذ بدايتها.\n".repeat(30)
                + "وحصل المشروع على شهادة من مجلس المباني الخضراء في الولايات المتحدة الأمريكية، وتسلمها الفريق في "
                + "حفل أقيم في نيويورك.";
        List<CountryTag> tags = tag("المطار الجديد", body, "ar");
        assertThat(primary(tags)).containsExactly("SA");
        assertThat(all(tags)).contains("US");
    }

    /** One rule per row, each leaving the story's own country as its only primary. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the nationality of a coach is not where the story is|مدربان في الدوري الأردني|تحدث المدرب العراقي سالم كريم عن المباراة في الدوري الأردني. وقال المدرب العراقي إن فريقه جاهز.|ar|JO",
            "a capital abroad is a venue while the team of another country is the subject|جاهزون للسوبر|أكد المدرب أن الفريق جاهز للمباراة التي ستقام يوم الأربعاء في العاصمة البريطانية لندن. وأضاف أن المباراة فرصة لتمثيل الكرة السعودية في الخارج.|ar|SA",
            "a playmaker's nationality is not where the story is|الهلال يحسم صفقة البرازيلي ليوناردو سانتوس|حسمت إدارة نادي الهلال في الرياض صفقة التعاقد مع صانع الألعاب البرازيلي ليوناردو سانتوس.|ar|SA",
            "the nationality of an expert who comments is not where the story is|خبير سعودي: الجفاف في الصومال يهدد الملايين|حذر الخبير السعودي محمد الغامدي من أن موجة الجفاف في الصومال قد تتحول إلى مجاعة واسعة.|ar|SO",
            "the nationality of a foreign worker is not where the story is|ضبط مخالفين|ضبطت الجهات المختصة وافدا من الجنسية السودانية يبيع سلعا مقلدة في سوق بريدة.|ar|SA",
            "a team back from a camp abroad shows that country as a venue|عودة الفريق|عاد فريق الهلال من النمسا بعد معسكر استمر أسبوعين، وقال المدرب إن الفريق استفاد من النمسا كثيرا.|ar|SA",
            "the clubs of the host country of a camp are sparring partners|الاتفاق يواصل معسكره|يقيم فريق الاتفاق معسكرا في تركيا مدته أسبوعان، ويلعب غدا وديا مع أحد الأندية التركية.|ar|SA",
            "a club abroad that the title names is the subject|لاعب ينتقل إلى ليون الفرنسي|تعاقد ليون الفرنسي مع لاعب قادم من دينامو موسكو الروسي. وكان اللاعب قد لعب في الدوري الروسي موسما.|ar|FR",
            "the origin of goods sold is not where the story is|مبيعات العطور|ارتفعت مبيعات العطور الفرنسية في أسواق الدمام خلال العيد.|ar|SA",
            "the origin of a used car is not where the story is|سيارة مستعملة|اشترى مواطن سيارة ألمانية مستعملة من معرض في جدة.|ar|SA",
            "the origin of cars sold in Tehran is not where the story is|بازار خودرو|فروش خودروهای ژاپنی در بازار تهران افزایش یافت.|fa|IR",
            "the origin of watches sold in Chicago is not where the story is|Watch sales|Sales of Swiss watches rose at a Chicago department store.|en|US",
            "a person's birthplace before -born is not where the story is|Lawmaker speaks|The Somali-born lawmaker spoke at a rally in Chicago on Monday.|en|US",
            "the origin of cheese sold in Riyadh is not where the story is|مبيعات الجبن|ارتفعت مبيعات الجبن السويسري في أسواق الرياض خلال الشهر الماضي.|ar|SA",
            "the origin of a watch sold in Riyadh is not where the story is|مبيعات الساعات|ارتفعت مبيعات الساعة السويسرية في أسواق الرياض خلال الشهر الماضي.|ar|SA",
            "the origin of chocolate sold in Tehran is not where the story is|بازار شکلات|فروش شکلات بلژیکی در بازار تهران افزایش یافت.|fa|IR",
            "a cuisine is not where the story is|Restaurant opens|Sales of Belgian chocolate rose at Chicago stores, and a new Italian restaurant opened downtown.|en|US",
            "the origin of chocolate sold in Lyon is not where the story is|Chocolat|Les ventes de chocolat belge ont augmenté dans les magasins de Lyon le mois dernier.|fr|FR",
            "the origin of chocolate sold in Madrid is not where the story is|Chocolate|Las ventas de chocolate belga aumentaron en las tiendas de Madrid el mes pasado.|es|ES",
            "the origin of cheese sold in Berlin is not where the story is|Käse|Der Absatz von Schweizer Käse stieg im vergangenen Monat in Berlin.|de|DE",
            "the origin of cheese sold in Moscow is not where the story is|Сыр|Продажи швейцарского сыра выросли в магазинах Москвы в прошлом месяце.|ru|RU",
            "Turkish names the goods' origin by the country's name|Peynir|İsviçre peyniri satışları geçen ay Ankara marketlerinde arttı.|tr|TR",
            "a food named by its origin is not where the story is|مطعم جديد|قدم المطعم في الرياض الشاورما التركية للزبائن.|ar|SA",
            "bread named by its origin is not where the story is|نانوایی|در تهران نان فرانسوی فروخته شد.|fa|IR"})
    void theStorysOwnCountryIsItsOnlyPrimary(String rule, String title, String body, String language, String code) {
        assertThat(primary(tag(title, body, language))).as(rule).containsExactly(code);
    }

    /** A story of goods' trade that names no other country is still the goods' country's. */
    @Test
    void goodsOfOneCountryAloneAreItsStory() {
        assertThat(primary(tag("صادرات السيارات", "تراجعت صادرات السيارات اليابانية بنسبة 5 في المئة الشهر الماضي.",
                "ar"))).containsExactly("JP");
        assertThat(primary(tag("Watch exports", "Exports of Swiss watches fell 3 percent in October.", "en")))
                .containsExactly("CH");
    }

    /**
     * A signed player's nationality is his, not the story's place, in the languages that write the role before the
     * adjective (fr, es) and after it (de, ru, tr), as in Arabic, Persian and English.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru|«Спартак» усилил полузащиту|МОСКВА, 3 дек — Футбольный клуб «Спартак» подписал контракт с колумбийским полузащитником до 2029 года, сообщила пресс-служба клуба.|RU|CO",
            "fr|Le Paris FC recrute un milieu colombien|PARIS, 3 déc - Le Paris FC a recruté le milieu colombien Juan Pérez, a annoncé mardi le club.|FR|CO",
            "de|Schalke holt Stürmer|Der FC Schalke 04 hat den brasilianischen Stürmer Pedro Lima verpflichtet, teilte der deutsche Klub mit.|DE|BR",
            "tr|Trabzonspor forvet transferi|Trabzonspor, Kolombiyalı forvet ile üç yıllık sözleşme imzaladı. Türk kulübü açıklama yaptı.|TR|CO"})
    void aSignedPlayersNationalityIsNotTheStorysPlace(String language, String title, String body, String club,
                                                      String player) {
        List<CountryTag> tags = tag(title, body, language);
        assertThat(primary(tags)).contains(club).doesNotContain(player);
    }
}
