package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Domestic items that name no country: a county or governorate seat (local-seats.tsv) or a club whose name is an
 * everyday word (clubs.tsv), which counts only where the article shows the club.
 */
class DomesticPlacesAndClubsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fa|افتتاح بیمارستان جدید|بیمارستان جدید شهرستان کنگان با حضور مسئولان استان افتتاح شد.|IR",
            "fa|برداشت برنج آغاز شد|برداشت برنج در مزارع املش و رودسر از هفته گذشته آغاز شده است.|IR",
            "ar|احتفالات العيد|اختتمت بلدية بقعاء احتفالات العيد بحضور الأهالي مساء أمس.|SA",
            "ar|افتتاح مدرسة|افتتح مدير التعليم مدرسة جديدة في أبو عريش صباح اليوم.|SA",
            "ar|مهرجان صيفي|بدأت فعاليات المهرجان الصيفي في متنزهات الباحة مساء أمس.|SA",
            "ar|مشروع طرق|وقعت الأمانة عقد صيانة الطرق في مدينة حائل أمس.|SA",
            "ar|مستشفى جديد|افتتح المستشفى الجديد بالهفوف وسط حضور الأهالي.|SA",
            "ar|تساقط الثلوج|شهدت مدينة فاس والمناطق المجاورة لها تساقطات ثلجية مهمة منذ ليلة الأربعاء.|MA",
            "fa|جمع‌آوری پخته|کشاورزان ولایت سغد تا امروز بیش از ۴۰۰ هزار تن پخته جمع‌آوری کرده‌اند.|TJ",
            "tr|Peynir üreticileri dertli|Kars'ta kaşar ve gravyer üreten mandıralar destek talep etti.|TR",
            "tr|Okullar tatil|Kar nedeniyle Van'da 5 ilçede okullar tatil edildi.|TR",
            "tr|Maden davası|Çanakkale'nin Bayramiç ilçesinde altın madenine karşı açılan davada rapor çıktı.|TR",
            "tr|Sulama|Konyalı çiftçiler bu yıl damla sulama sistemine geçti.|TR",
            "de|Neuer Landrat|Im Landkreis Rosenheim wurde am Sonntag ein neuer Landrat gewählt.|DE",
            "es|Aceite|Una cooperativa jiennense cerró la mayor venta de aceite de su historia.|ES",
            // Irish towns GeoNames names in Irish (Gaillimh, An Muileann gCearr): their English names are rows
            "en|Flood warning|Galway City Council closed the Salthill promenade as a storm approached.|IE",
            "en|Jailed|A Mullingar man was jailed for two years at the circuit court on Tuesday.|IE",
            // a metropolitan government's word and a compass word before a city are no given names
            "en|Tornado repairs|Officials in Metro Nashville said crews would clear debris. The tornado tore through North Nashville.|US",
            // US federal agencies named without their country
            "en|Watchdog stalls|The Federal Election Commission lost its quorum, and the FEC cannot open cases.|US"})
    void aCountySeatOrGovernorateNamesItsCountry(String language, String title, String body, String code) {
        assertThat(primary(tag(title, body, language))).containsExactly(code);
    }

    /** A GeoNames town under 100,000 people counts alone only beside a word for its status (Landkreis, ilçesi). */
    @Test
    void aSmallTownCountsAloneOnlyBesideAWordForItsStatus() {
        assertThat(primary(tag("Landrat", "Der neue Landrat in Rosenheim wurde am Sonntag gewählt.", "de"))).isEmpty();
        assertThat(primary(tag("Landrat", "Im Landkreis Rosenheim wurde am Sonntag ein neuer Landrat gewählt.", "de")))
                .containsExactly("DE");
    }

    /** Saudi bodies and firms under names no other country uses (institutions.tsv) place an item that names nothing else. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "موعد الاختبار|ذكّرت الوزارة الطلاب بأن التسجيل لاختبار القدرات يتم لدى المركز الوطني للقياس.",
            "برنامج للخريجين|قبلت المؤسسة العامة للتدريب التقني والمهني آلاف المتدربين في برنامجها الجديد.",
            "قروض سكنية|أودع صندوق التنمية العقارية دفعة جديدة من القروض في حسابات المستفيدين.",
            "مجلس جديد|أعلنت شركة جبل عمر للتطوير عن تشكيل مجلس الإدارة الجديد.",
            "أرباح|ارتفع صافي أرباح مصرف الراجحي في الربع الثاني بنسبة 8 في المئة.",
            "حفل معايدة|أقامت هيئة تقويم التعليم العام أمس حفل معايدة لمنسوبيها.",
            "التأمين الصحي|أفصح مسؤول بمجلس الضمان الصحي التعاوني عن ارتفاع عدد المؤمن لهم.",
            "تحذير|حذرت الهيئة العامة للغذاء والدواء من منتج تجميل مغشوش.",
            "مواسم العمرة|أعلنت وزارة الحج والعمرة بدء إصدار تأشيرات الموسم الجديد."})
    void aSaudiBodyNamesItsCountry(String title, String body) {
        assertThat(primary(tag(title, body, "ar"))).containsExactly("SA");
    }

    /** A body's short name that Arabic news gives another country's body too (the US FDA) names no country alone. */
    @Test
    void aBodysNameOtherCountriesShareNamesNoCountry() {
        assertThat(all(tag("دواء جديد", "وافقت هيئة الغذاء والدواء على دواء جديد لعلاج السكري.", "ar"))).isEmpty();
    }

    /** National bodies and parties of one country, named alone as that country's press names them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es|El Congreso aprueba la reforma|El Congreso de los Diputados aprobó este jueves la reforma de la ley de tráfico.|ES",
            "de|Bundeswehr bestellt Hubschrauber|Die Bundeswehr hat am Montag weitere Transporthubschrauber bestellt.|DE",
            "ru|Госдума приняла закон|Госдума приняла во втором чтении закон о маркетплейсах.|RU",
            "tr|Meclis'te yoğun gün|TBMM Genel Kurulu'nda bütçe görüşmeleri sürüyor.|TR",
            "tr|Transfer|Süper Lig ekiplerinden Kayserispor yeni bir orta saha oyuncusuyla anlaştı.|TR",
            "tr|Maç sonucu|Samsunspor, kendi sahasında Kayserispor'u 2-0 mağlup etti.|TR",
            "tr|Altın madalya|Milli tekvandocu Zeynep Kaya, Grand Prix Finali'nde altın madalya kazandı.|TR",
            "fr|Réclusion pour un meurtre|La cour d'assises du Morbihan a condamné vendredi un homme de 41 ans.|FR"})
    void aNationalBodyNamedAloneNamesItsCountry(String language, String title, String body, String code) {
        assertThat(primary(tag(title, body, language))).containsExactly(code);
    }

    /** A company named without its country (companies.tsv) files a story about it under its home country. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Samsung profit falls|Samsung Electronics said on Thursday its operating profit fell 12 percent.|KR|Samsung",
            "de|Stellenabbau|Siemens Energy streicht in der Windkraftsparte weitere 4.000 Stellen.|DE|Siemens Energy",
            "ru|Экспорт газа|Газпром в ноябре сократил экспорт газа на 7 процентов.|RU|Газпром",
            "es|Resultados|Petrobras elevó su producción de crudo un 9 % en el tercer trimestre.|BR|Petrobras",
            "en|Dividend|British American Tobacco raised its dividend on Thursday.|GB|British American Tobacco",
            "en|Merger|Hawaiian Airlines agreed to merge on Tuesday.|US|Hawaiian Airlines"})
    void aCompanyNamedAloneNamesItsHomeCountry(String language, String title, String body, String code, String name) {
        List<CountryTag> tags = tag(title, body, language);
        assertThat(primary(tags)).containsExactly(code);
        Mention m = tags.get(0).mentions().get(0);
        assertThat(m.kind()).isEqualTo("company");
        assertThat(m.text()).isEqualTo(name);
    }

    /** Arabic and Persian news names companies in product news that readers file under no country. */
    @Test
    void aCompanyInArabicScriptIsNoEvidence() {
        assertThat(all(tag("هاتف جديد", "أطلقت سامسونج هاتفا جديدا بشاشة قابلة للطي.", "ar"))).doesNotContain("KR");
    }

    /** A département that is also a word or another place counts only in brackets after a town. */
    @Test
    void aDepartementThatIsAlsoAnotherPlaceStaysOutOfRunningText() {
        assertThat(all(tag("Concert", "L'orchestre a joué à Vienne devant 2.000 personnes.", "fr"))).doesNotContain("FR");
        assertThat(all(tag("Tempête", "La tempête a touché le Nord et la Manche.", "fr"))).doesNotContain("FR");
    }

    /** A Russian country adjective in any case places a company's story: Южнокорейская компания Samsung. */
    @Test
    void aRussianCountryAdjectiveNamesItsCountry() {
        assertThat(primary(tag("Прибыль Samsung выросла", "Южнокорейская компания Samsung Electronics сообщила о "
                + "росте операционной прибыли на 18%.", "ru"))).containsExactly("KR");
    }

    @Test
    void aSeatsEvidenceIsTheTextAsWritten() {
        String body = "افتتح مدير التعليم مدرسة جديدة في أبو عريش صباح اليوم.";
        List<CountryTag> tags = tag("افتتاح مدرسة", body, "ar");
        for (Mention m : WorldArticles.mentions(tags)) {
            assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(WorldArticles.tagOf(tags, "SA").mentions()).extracting(Mention::text).contains("أبو عريش");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|الهلال يستعد للقاء|واصل فريق الهلال تدريباته استعدادا للمباراة المقبلة في الدوري.",
            "ar|تعادل في الديربي|تعادل الهلال والنصر في المباراة التي أقيمت مساء أمس.",
            "fa|تمرین استقلال|بازیکنان استقلال امروز در تمرین حاضر شدند و سرمربی از آنها راضی بود."})
    void aClubShownAsAClubNamesItsCountry(String language, String title, String body) {
        assertThat(primary(tag(title, body, language))).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|إنتر يقلب الطاولة|قلب إنتر تأخره بهدف إلى فوز ثمين على ضيفه أتلتيكو.|IT ES",
            "ar|يوفنتوس يواصل الصدارة|فاز اليوفي على لاتسيو بهدفين وتعادل الإنتر مع بايرن.|IT DE",
            "ar|الاتفاق يضم موسكيرا|تعاقد نادي الاتفاق مع المهاجم موسكيرا قادما من أتلتيكو ناسيونال.|SA CO",
            "fa|کلاسیکر بدون مدافع|باشگاه دورتموند اعلام کرد مدافع این تیم دیدار مقابل بایرن را از دست می‌دهد.|DE",
            "fa|برف در بدخشان|مقام‌های محلی می‌گویند برف‌باری سنگین راه‌های شش ولسوالی این ولایت را بسته است.|AF",
            "fa|حقوق کارمندان|اربیل- ایرنا- وزارت دارایی حکومت اقلیم کردستان عراق اعلام کرد که حقوق پرداخت می‌شود.|IQ",
            "fa|قهرمانی استقلال|باشگاه «استقلال» در دیدار نهایی جام تاجیکستان از سد «خجند» گذشت.|TJ",
            "ar|النشامى يتعادلون مع العراق|عمان - تعادل المنتخب الوطني مع نظيره العراقي على ستاد عمان الدولي.|JO IQ",
            "ar|مفاوضات فتح الطرق|انطلقت مفاوضات بشأن فتح الطرق في محافظة تعز وعدد من المحافظات.|YE",
            "en|Pipeline attacked|Militants attacked a pipeline in Delta State, officials said.|NG",
            "fa|تولید آلومینیوم|شرکت دولتی آلومینیوم تاجیک تولید خود را ده درصد افزایش داد.|TJ",
            "fa|نشست بزرگان قومی|بزرگان قومی تاجیک و پشتون در کابل درباره آینده افغانستان گفت‌وگو کردند.|AF",
            "ar|النصر يواجه بيرسبوليس|يواجه النصر فريق بيرسبوليس في دوري أبطال آسيا.|IR",
            "ar|الهلال يلتقي أوراوا|يلتقي الهلال مع أوراوا ريد دايموندز في نهائي دوري أبطال آسيا.|JP",
            "ar|الأهلي يخسر|خسر الأهلي أمام أولسان هيونداي في دوري أبطال آسيا.|KR"})
    void aClubAbroadOrAPlaceOfTheWiderArabAndPersianWorldNamesItsCountry(String language, String title, String body,
                                                                         String codes) {
        assertThat(all(tag(title, body, language))).containsExactlyInAnyOrder(codes.split(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|رؤية الهلال|أعلنت المحكمة رؤية الهلال مساء أمس وبدء الشهر الجديد.|SA",
            "ar|تحقيق النصر|قال الكاتب إن النصر يحتاج إلى صبر وعمل طويل.|SA",
            "ar|التعاون الاقتصادي|بحث الوزيران التعاون الاقتصادي والاتحاد الجمركي بين البلدين.|SA",
            "fa|روز استقلال|مردم این کشور روز استقلال را جشن گرفتند.|IR",
            "ar|إيقاف لاعب|أوقف الاتحاد لاعب الفريق ست مباريات بعد المباراة الأخيرة في الدوري.|SA",
            "ar|تمويل المشاريع|حصلت الشركة على الضوء الأخضر لتمويل المشاريع الجديدة في المنطقة.|SA",
            "ar|طلاء المباني|اختارت البلدية اللون الأخضر لطلاء المباني الحكومية.|SA",
            "ar|نجم المباراة|تألق المهاجم على المستطيل الأخضر وسجل هدفين في المباراة وقاد الفريق إلى الفوز في الدوري.|SA"})
    void aClubNameThatIsOnlyItsEverydayWordGivesNoTag(String language, String title, String body, String absent) {
        assertThat(all(tag(title, body, language))).doesNotContain(absent);
    }

    @Test
    void aClubNameSharedWithAClubAbroadDoesNotCountWhenThatCountryIsNamed() {
        List<CountryTag> tags = tag("الأهلي يفوز",
                "فاز لاعبو الأهلي المصري على الزمالك في مباراة الدوري بالقاهرة.", "ar");
        assertThat(all(tags)).contains("EG").doesNotContain("SA");
    }

    /** A shared name in a story datelined in the club's own country is the home club, whatever else is named. */
    @Test
    void aSharedClubNameIsTheHomeClubInAStoryFromItsOwnCountry() {
        List<CountryTag> tags = tag("الأهلي يتجاوز الجزيرة الإماراتي", "جدة – خالد الزهراني حقق الأهلي فوزاً ثميناً على "
                + "ضيفه الجزيرة الإماراتي بهدفين مقابل هدف في دوري أبطال آسيا، ويلعب الفريقان مباراة الإياب في أبوظبي.",
                "ar");
        assertThat(primary(tags)).contains("SA", "AE");
        // from Doha, the same name beside a Qatari host may be the Qatari club, and does not count for Saudi Arabia
        assertThat(all(tag("الأهلي يخسر", "الدوحة – قنا خسر الأهلي أمام السد القطري بهدف في الدوري، ويلعب الفريق "
                + "مباراته المقبلة في الدوحة.", "ar"))).doesNotContain("SA");
    }

    /**
     * A masculine adjective names the club it follows: "الوحدة الإماراتي" tells that club abroad apart and leaves "نادي
     * الاتحاد" the Saudi one, while "الأهلي المصري" makes that shared name itself the Egyptian club.
     */
    @Test
    void anAdjectiveAfterAnotherClubLeavesASharedNameTheHomeClubs() {
        List<CountryTag> coach = tag("الاتحاد يقترب من مدربه الجديد",
                "تعلن إدارة نادي الاتحاد اليوم التعاقد مع المدرب الروماني الذي درب من قبل الوحدة الإماراتي، "
                        + "ويقود المدرب الفريق في الدوري مدة عامين.", "ar");
        assertThat(all(coach)).contains("SA");
        List<CountryTag> ahly = tag("الترجي يفوز على الأهلي المصري",
                "فاز الترجي التونسي على ضيفه الأهلي المصري بهدفين لهدف في المباراة التي جمعتهما مساء اليوم.", "ar");
        assertThat(all(ahly)).contains("EG").doesNotContain("SA");
    }

    /**
     * A Saudi team's camp abroad, or its delegation's trip (بعثة) to a match abroad, is its venue: named after a camp
     * word, as a city of that country ("مدينة ازميت التركية"), by an adjective in the feminine that agrees with a town
     * the gazetteer lacks ("إلى هورست الهولندية"), or before a verb of hosting ("ماليزيا تحتضن معسكر …"); the camp's
     * sparring partners, a rival's name and the country's adjective in the masculine ("بمواجهة إكسلسيور الهولندي"), do
     * not make it the story's place either.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "الهلال في معسكر النمسا|وصلت بعثة فريق الهلال إلى معسكر النمسا أمس، ويخوض الفريق مباراتين وديتين قبل بدء الدوري.|AT",
            "الهلال يغادر إلى المعسكر|غادرت بعثة فريق الهلال أمس إلى المعسكر في مدينة ازميت التركية، ويعود الفريق من ازميت التركية بعد أسبوعين استعدادا للدوري.|TR",
            "ماليزيا تحتضن معسكر منتخب الناشئين|يقيم المنتخب السعودي للناشئين معسكرا إعداديا في العاصمة الماليزية لمدة أسبوعين استعدادا للبطولة الآسيوية المقبلة.|MY",
            "التعاون يغادر إلى هورست الهولندية|غادرت بعثة فريق التعاون أمس إلى هورست الهولندية لإقامة معسكر إعدادي مدته أسبوعان، ويلعب الفريق وديا بمواجهة إكسلسيور الهولندي يوم الجمعة، ثم يلتقي فيتيسه الهولندي الثلاثاء، ويعود إلى الرياض قبل بدء الدوري.|NL",
            "الشباب يواصل معسكره|يواصل فريق الشباب معسكره الإعدادي في النمسا، ويخوض أولى مبارياته الودية بلقاء رابيد فيينا النمساوي يوم 23 يوليو، وشتورم غراتس النمساوي في 27 من الشهر نفسه، قبل العودة إلى الرياض.|AT",
            "الأخضر يبدأ معسكره الإسباني|ماربيا - عكاظ - بدأ المنتخب السعودي أمس معسكره الإعدادي في مدينة ماربيا الإسبانية استعدادا لكأس آسيا، ويعود إلى الرياض بعد أسبوعين.|ES",
            // a camp's dateline naming its town and, in brackets, the country
            "الأهلي يختتم معسكره النمساوي|زيلامسي (النمسا) – عبدالله العمري اختتم الفريق الأول لكرة القدم بالنادي الأهلي معسكره الإعدادي في مدينة زيلامسي النمساوية، وتغادر البعثة صباح الأحد إلى جدة.|AT",
            // a team's delegation (بعثة) abroad for a match is as much a visitor as a camp, its dateline the venue's
            "الهلال في طشقند|طشقند – فهد الدوسري وصلت بعثة الفريق الأول لكرة القدم بنادي الهلال فجر اليوم إلى العاصمة الأوزبكية طشقند استعدادا لمواجهة فريقها مساء غد في دوري أبطال آسيا.|UZ"})
    void aTeamsCampAbroadIsAVenue(String title, String body, String venue) {
        List<CountryTag> tags = tag(title, body, "ar");
        assertThat(primary(tags)).containsExactly("SA");
        assertThat(all(tags)).contains(venue);
    }

    /**
     * A Gulf club that the Saudi press names alone stands for its country: in the headline it is the story's subject;
     * named with its country's adjective (لخويا القطري) in a Saudi club's story it is the rival, not the story's place.
     */
    @Test
    void aGulfClubIsTheSubjectInTheHeadlineAndARivalInASaudiClubsStory() {
        List<CountryTag> signing = tag("الغرافة يضم المدافع البرازيلي",
                "أعلن نادي الغرافة التعاقد مع المدافع البرازيلي لمدة موسم واحد على سبيل الإعارة.", "ar");
        assertThat(primary(signing)).containsExactly("QA");
        List<CountryTag> rival = tag("الهلال يستعد للموسم",
                "طارت بعثة فريق الهلال إلى النمسا استعدادا للموسم الجديد الذي يبدأ بلقاء السوبر أمام النصر، قبل أن "
                        + "يواجه لخويا القطري في الرياض ثم في الدوحة إيابا. وتضم القائمة عشرين لاعبا.", "ar");
        assertThat(primary(rival)).containsExactly("SA");
        assertThat(all(rival)).contains("QA");
    }

    /**
     * A story taken from a foreign paper or site does not happen in the outlet's country: a country seen only as the
     * adjective of "صحيفة «هافنغتون بوست» الأميركية" is no story's; named otherwise it still may be.
     */
    @Test
    void anOutletsCountryIsNotTheStorys() {
        String body = "هناك الكثير من العوامل التي تساهم في زيادة وزن الجسم. وقد ذكرت صحيفة «هافنغتون بوست» الأميركية "
                + "أهم 5 أسباب لتغير شكل الجسم مع تقدم العمر.";
        List<CountryTag> health = tag("5 أسباب لتغير شكل الجسم مع تقدم العمر", body, "ar");
        assertThat(primary(health)).isEmpty();
        assertThat(all(health)).containsExactly("US");
        assertThat(primary(tag("الانتخابات الأميركية", body + " وتجري الانتخابات في الولايات المتحدة الشهر المقبل.",
                "ar"))).containsExactly("US");
    }

    /** A player's nationality after his position's two words (لاعب الوسط البرازيلي) is his, not the story's place. */
    @Test
    void aPlayersNationalityAfterHisPositionIsNoPlace() {
        assertThat(primary(tag("الهلال يحسم صفقة البرازيلي ماركينيوس روشا", "الرياض – سعد القحطاني أنهت إدارة نادي "
                + "الهلال إجراءات التعاقد مع لاعب الوسط البرازيلي ماركينيوس روشا لمدة موسمين ونصف، ويصل اللاعب إلى "
                + "الرياض فجر الأربعاء للخضوع للفحص الطبي.", "ar"))).containsExactly("SA");
    }

    /**
     * A long report on a Saudi match played abroad names the host as the venue again and again; one mention that says
     * what the host is ("إنجلترا مهد كرة القدم") leaves it the venue.
     */
    @Test
    void aVenueNamedOnceOtherwiseInALongReportStaysTheVenue() {
        List<CountryTag> tags = tag("جماهير الهلال والنصر في لندن",
                "تستعد جماهير الهلال والنصر للسفر إلى لندن لحضور مباراة السوبر في لندن يوم السبت. وقال مشجع إن السفر "
                        + "إلى بريطانيا سهل، وإن كثيرا من المبتعثين في بريطانيا سيحضرون المباراة في لندن. وتقام المباراة "
                        + "في ملعب لوفتس رود في لندن، وتصل بعثة الهلال إلى لندن غدا، وتلحق بها بعثة النصر في لندن بعد غد. "
                        + "ويرى المدرب أن إنجلترا مهد كرة القدم وأن اللعب فيها متعة للاعبين.", "ar");
        assertThat(primary(tags)).containsExactly("SA");
        assertThat(all(tags)).contains("GB");
    }

    /** "بعثة التعاون": the word for a team's delegation shows the club whose name is also an everyday word. */
    @Test
    void aClubsDelegationShowsTheClub() {
        List<CountryTag> tags = tag("التعاون يغادر اليوم",
                "غادرت بعثة التعاون صباح أمس استعدادا للموسم الجديد، ويستمر الإعداد أسبوعين.", "ar");
        assertThat(primary(tags)).containsExactly("SA");
        assertThat(WorldArticles.tagOf(tags, "SA").mentions()).extracting(Mention::text).contains("التعاون");
    }

    /** The club a player comes from ("جناح بنفيكا", "قادما من بنفيكا") is not the signing club's story's place. */
    @Test
    void theClubAPlayerComesFromIsNotTheStorysPlace() {
        List<CountryTag> tags = tag("الاتحاد يحسم صفقة جناح بنفيكا",
                "أنهت إدارة نادي الاتحاد إجراءات التعاقد مع الجناح روي كاردوزو قادما من بنفيكا بعقد يمتد ثلاثة مواسم، "
                        + "ويخضع اللاعب للفحص الطبي قبل الانضمام إلى تدريبات الفريق في الدوري.", "ar");
        assertThat(primary(tags)).containsExactly("SA");
        assertThat(all(tags)).contains("PT");
    }

    /** "البرتغالي جوميز" in the headline is the player the body calls "اللاعب البرتغالي جوميز", not Portugal. */
    @Test
    void aPlayerNamedByHisNationalityInTheHeadlineIsThePlayer() {
        List<CountryTag> tags = tag("الهلال يضم البرتغالي جوميز",
                "أعلن نادي الهلال ضم اللاعب البرتغالي جوميز لمدة موسمين قادما من الدوري الإسباني.", "ar");
        assertThat(primary(tags)).containsExactly("SA");
        assertThat(all(tags)).contains("PT");
    }

    @Test
    void aClubAbroadNamedAfterTheWordForClubIsTheSellingClubNotTheStorysCountry() {
        // "نادي مولدة النرويجي": the masculine adjective agrees with the club, whose own name the gazetteer lacks
        List<CountryTag> tags = tag("النصر يقترب من لاعب الوسط",
                "كشفت مصادر موافقة إدارة نادي مولدة النرويجي على انتقال لاعب الوسط إلى نادي النصر. ويعد اللاعب "
                        + "من أبرز المواهب الشابة، وخاض ثلاث مباريات دولية مع منتخب النرويج، ويلتحق بمعسكر النصر "
                        + "بعد توقيع العقد.", "ar");
        assertThat(primary(tags)).containsExactly("SA");
        assertThat(all(tags)).contains("NO");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fa|اردوی بسیج دانشجویی|اردوی تابستانی بسیج دانشجویی با حضور صدها دانشجو برگزار شد.|IR",
            "fa|کرایه اتوبوس|نرخ کرایه اتوبوس‌های بین شهری به ۲۰ هزار تومان کاهش یافت.|IR",
            "fa|خرید تضمینی گندم|معاون وزیر جهاد کشاورزی از آغاز خرید تضمینی گندم خبر داد.|IR",
            "ar|حفل تخرج|احتفلت جامعة الملك سعود بتخريج الدفعة الجديدة من طلابها مساء أمس.|SA",
            "fa|کارشناس خبره ووشو|معاون سازمان تربیت بدنی یک کارشناس خبره برای فدراسیون ووشو منصوب کرد.|IR",
            "fa|کرایه اتوبوس|سازمان راهداری و حمل و نقل جاده‌ای نرخ بلیت را به قبل از تعطیلات بازگرداند.|IR",
            "fa|همایش نرم‌افزار|کنفرانس نرم‌افزارهای عمران در دانشگاه صنعتی خواجه نصیرالدین طوسی برگزار می‌شود.|IR",
            "fa|چهار نمایش در محرم|مجموعه تئاتر شهر در ایام محرم چهار نمایش را روی صحنه می‌برد.|IR",
            "fa|قطعی برق|معاون وزارت نیرو از برنامه خاموشی‌های تابستان خبر داد.|IR",
            "fa|پذیرش دانشجو|وزارت علوم، تحقیقات و فناوری ظرفیت پذیرش دانشجو را اعلام کرد.|IR",
            "fa|برتری پرگل|مهاجم بارسا در هفته سوم لالیگا دو گل به ثمر رساند.|ES",
            "fa|پیروزی پرگل|مهاجم پاری سن ژرمن پس از پیروزی در لوشامپیونه گفت تیمش آماده است.|FR",
            // national teams by the nicknames the Arab sports press gives them (a colour only in a sports story)
            "ar|الأخضر يستعد لمواجهة حاسمة|واصل الأخضر تدريباته استعدادا للمباراة المقبلة في التصفيات، وشارك جميع اللاعبين في المران.|SA",
            "ar|العنابي يفوز وديا|حقق العنابي فوزا وديا في المباراة التي أقيمت أمس، وسجل اللاعبون هدفين في الشوط الثاني.|QA",
            "ar|أسود الأطلس في المعسكر|انضم ثلاثة لاعبين إلى أسود الأطلس أمس.|MA"})
    void aBodyOrUnitOfOneCountryOnlyNamesIt(String language, String title, String body, String code) {
        assertThat(primary(tag(title, body, language))).containsExactly(code);
    }

    /**
     * National teams by the nicknames their own country's press gives them in cased scripts count as that country's
     * team; their words written as ordinary words do not (bruises, the stars, the colour).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tr|Milliler Macaristan'ı 2-0 yendi|A Milli Futbol Takımı, hazırlık maçında Macaristan'ı 2-0 yendi.|TR|true",
            "fr|Les Bleues qualifiées|Menées à la pause, les Bleues ont battu la Norvège en fin de match.|FR|true",
            "de|DFB-Elf siegt|Die DFB-Elf hat das Testspiel gegen Österreich gewonnen.|DE|true",
            "en|Super Eagles advance|The Super Eagles beat Ghana 2-0 in the qualifier.|NG|true",
            "fr|Victoire en amical|Les Lions de l'Atlas ont battu la Zambie 2-0 en match amical.|MA|true",
            "fr|Chute à vélo|Après sa chute, le coureur avait des bleus sur les bras et les bleus inquiétaient.|FR|false",
            "en|Night sky|On a clear night black stars of the old maps were replaced by new ones.|GH|false",
            "es|Un cielo celeste|El cielo de la tarde era de color la celeste más pura.|UY|false"})
    void aNationalTeamsNicknameNamesItsCountryOnlyWrittenAsAName(String language, String title, String body,
                                                                String code, boolean tagged) {
        assertThat(all(tag(title, body, language)).contains(code)).isEqualTo(tagged);
    }
}
