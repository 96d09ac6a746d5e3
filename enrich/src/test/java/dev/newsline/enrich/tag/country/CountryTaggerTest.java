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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryTaggerTest {

    private static List<CountryTag> tag(String title, String body, String lang) {
        return TAGGER.tag(input(title, body, lang));
    }

    @Test
    void mentionsPointIntoTheOriginalText() {
        TaggingInput in = input("دیدار روسیه و ارمنستان", "یک دیپلمات روسیه‌ای در ایروان سخن گفت.", "fa");
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
    void aCountryWhoseNameIsAnotherLanguagesAdjectiveIsNamedAlone() {
        // Armenia is also the Spanish adjective armenia; English and Spanish news name the country alone
        assertThat(primary(tag("Talks in Armenia", "The foreign minister arrived in Armenia on Monday for talks.",
                "en"))).containsExactly("AM");
        assertThat(primary(tag("Crisis en Armenia", "El gobierno de Armenia dimitió el lunes.", "es")))
                .containsExactly("AM");
    }

    @Test
    void arabicCliticPrefixes() {
        List<CountryTag> tags = tag("وزير الخارجية", "التقى بأذربيجان ثم وأرمينيا ولروسيا والإمارات وللسعودية دور.", "ar");
        assertThat(all(tags)).contains("AZ", "AM", "RU", "AE", "SA");
    }

    @Test
    void persianSuffixesAndJoins() {
        assertThat(all(tag("خبر", "یک خبرنگار ارمنستانی پرسید.", "fa"))).containsExactly("AM");
        // after a vowel the adjective takes یی (ئی in the older spelling), after ی it takes ایی
        assertThat(all(tag("خبر", "دانشمندان استرالیایی هشدار دادند.", "fa"))).containsExactly("AU");
        assertThat(all(tag("خبر", "کارشناسان ایتالیائی هشدار دادند.", "fa"))).containsExactly("IT");
        assertThat(all(tag("خبر", "شرکت‌های اندونزیایی قرارداد بستند.", "fa"))).containsExactly("ID");
        // a name of three letters takes no ending (قطری is also "diagonal"); the adjectives that are no other word
        // are rows
        assertThat(all(tag("خبر", "نیروهای یمنی به پایگاه حمله کردند.", "fa"))).containsExactly("YE");
        assertThat(all(tag("خبر", "مربی پرویی تیم را ترک کرد.", "fa"))).containsExactly("PE");
        assertThat(all(tag("خبر", "خط قطری مربع را دو نیم می‌کند.", "fa"))).isEmpty();
        for (String karabakh : List.of("قره‌باغ", "قره باغ", "قرهباغ")) {
            assertThat(all(tag("خبر", "گردشگران به " + karabakh + " سفر کردند.", "fa"))).containsExactly("AZ");
        }
    }

    /** Adjectives the probe of every country's adjective found missing, in the cases and forms the press writes. */
    @Test
    void russianAndTurkishAdjectivesOfSmallerStates() {
        assertThat(all(tag("Визит", "Представители оманской стороны прибыли в понедельник.", "ru")))
                .containsExactly("OM");
        assertThat(all(tag("Визит", "Акции сингапурских компаний выросли в понедельник.", "ru")))
                .containsExactly("SG");
        assertThat(all(tag("Визит", "Бангладешские военные заявили об этом в понедельник.", "ru")))
                .containsExactly("BD");
        assertThat(all(tag("Визит", "Глава Мальтийского ордена прибыл в понедельник.", "ru"))).isEmpty();
        assertThat(all(tag("Açıklama", "Yunan hükümeti pazartesi günü açıklama yaptı.", "tr"))).containsExactly("GR");
    }

    /**
     * German names a foreign city's government and people by the city's adjective; before a street word it is a
     * street at home, and in a treaty's name the treaty.
     */
    @Test
    void germanAdjectivesOfForeignCities() {
        assertThat(all(tag("Moskau", "Die Moskauer Führung wies die Vorwürfe am Montag zurück.", "de")))
                .containsExactly("RU");
        assertThat(all(tag("Zölle", "Die Pekinger Regierung kündigte neue Zölle an.", "de"))).containsExactly("CN");
        assertThat(all(tag("Demo", "Am Pariser Platz versammelten sich am Montag Hunderte Demonstranten.", "de")))
                .isEmpty();
        assertThat(all(tag("Verkehr", "In der Prager Straße in Berlin wurde ein Geschäft eröffnet.", "de")))
                .containsExactly("DE");
        assertThat(all(tag("Klima", "Brasilien will die Pariser Klimaziele erreichen.", "de"))).containsExactly("BR");
    }

    /**
     * French, Spanish, Russian and Turkish name a foreign city's government, courts and people by the city's adjective;
     * a Moscow station or street named after a city, Moscow time and a company's listing exchange are no evidence.
     */
    @Test
    void adjectivesOfForeignCities() {
        assertThat(all(tag("Bourse", "La Bourse londonienne a terminé en hausse lundi.", "fr"))).containsExactly("GB");
        assertThat(all(tag("Fiscalía", "La fiscalía neoyorquina abrió una investigación.", "es")))
                .containsExactly("US");
        assertThat(all(tag("Акция", "Московские власти запретили акцию.", "ru"))).containsExactly("RU");
        assertThat(all(tag("Açıklama", "Moskovalı yetkililer açıklama yaptı.", "tr"))).containsExactly("RU");
        assertThat(all(tag("Vote", "Londoners queued for hours on Monday to vote.", "en"))).containsExactly("GB");
        assertThat(all(tag("Storm", "Sydneysiders flocked to beaches on Monday.", "en"))).containsExactly("AU");
        // the English row does not take German's and French's own adjectives from them
        assertThat(all(tag("Senat", "Der Berliner Senat beschloss den Haushalt.", "de"))).containsExactly("DE");
        assertThat(all(tag("Police", "La police parisienne a arrêté deux suspects.", "fr"))).containsExactly("FR");
        assertThat(all(tag("Вокзалы", "Киевский и Рижский вокзалы закроют на ремонт: на Киевском заменят остекление, "
                + "на Рижском восстановят фасады.", "ru"))).isEmpty();
        assertThat(all(tag("Встреча", "Встреча начнется в 15:00 по московскому времени, сообщили в Киеве.", "ru")))
                .containsExactly("UA");
        assertThat(all(tag("Климат", "Парижское соглашение подписали 195 стран.", "ru"))).isEmpty();
        assertThat(primary(tag("Казатомпром", "Казатомпром повысил прогноз добычи урана в Казахстане. Расписки "
                + "компании на Лондонской фондовой бирже подешевели на 3%.", "ru"))).containsExactly("KZ");
    }

    /** A parliament or a presidential seat stands for its state, as the Kremlin does. */
    @Test
    void seatsOfPowerStandForTheirState() {
        assertThat(all(tag("Vote", "Members of the Saeima voted on Monday to approve the budget.", "en")))
                .containsExactly("LV");
        assertThat(all(tag("Vote", "The Althing approved the bill on Monday.", "en"))).containsExactly("IS");
        assertThat(all(tag("Visit", "Officials at Ak Orda said talks would continue.", "en"))).containsExactly("KZ");
        assertThat(all(tag("تصويت", "صوت البوندستاغ على القانون أمس.", "ar"))).containsExactly("DE");
    }

    /** Turkish writes its dotless ı as I in capitals, which case folding reads as i: the name still matches. */
    @Test
    void turkishNamesWithADotlessIInCapitals() {
        assertThat(all(tag("x", "CEBELİTARIK (AA) - Liman yetkilileri pazartesi günü açıklama yaptı.", "tr")))
                .containsExactly("GI");
        assertThat(all(tag("KIRGIZİSTAN'DA SEL", "Seller nedeniyle beş kişi öldü.", "tr"))).containsExactly("KG");
    }

    /** The wires' spellings of big Middle Eastern cities that GeoNames' alternate names lack. */
    @Test
    void wireSpellingsOfMiddleEasternCities() {
        assertThat(all(tag("x", "Un incendie a éclaté lundi à Machhad, selon les pompiers.", "fr")))
                .containsExactly("IR");
        assertThat(all(tag("x", "Un incendio estalló el lunes en Yeda, según la defensa civil.", "es")))
                .containsExactly("SA");
        assertThat(all(tag("x", "В Алеппо в понедельник произошел пожар.", "ru"))).containsExactly("SY");
    }

    @Test
    void azerbaijanInPersianDependsOnContext() {
        assertThat(all(tag("زلزله در آذربایجان شرقی", "استاندار آذربایجان شرقی گفت خسارت زیاد است.", "fa")))
                .containsExactly("IR");
        assertThat(all(tag("دیدار در باکو", "رئیس جمهور آذربایجان الهام علی‌اف در باکو گفت.", "fa")))
                .containsExactly("AZ");
        assertThat(all(tag("جمهوری آذربایجان", "جمهوری آذربایجان اعلام کرد.", "fa"))).containsExactly("AZ");
        // a cue (Baku) outweighs the story's many mentions of Iran, its subject
        List<CountryTag> bases = tag("هیچ طرحی برای حمله به ایران نداریم",
                "سفیر آمریکا در آذربایجان استفاده از پایگاه‌های آذربایجان برای حمله به ایران را رد کرد. او در باکو "
                        + "گفت ایران همسایه آذربایجان است و خبر حمله به ایران درست نیست. ایران هنوز واکنشی نشان نداده است.",
                "fa");
        assertThat(WorldArticles.tagOf(bases, "AZ").mentions()).extracting(Mention::text).contains("آذربایجان");
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
        // "باندورا" is Pandora (the music service), not the clitic ب + اندورا "in Andorra"
        assertThat(all(tag("خدمات الموسيقى", "تنافس الشركة خدمات مثل سبوتيفاي وباندورا في السوق.", "ar"))).isEmpty();
        assertThat(all(tag("سفر إلى أندورا", "وصل الوزير إلى أندورا اليوم.", "ar"))).containsExactly("AD");
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

    /**
     * A seat or a body of state that only one country has stands for it alone: Ireland's Taoiseach, France's
     * Matignon, Japan's Kantei, Spain's Cortes, Scotland's Holyrood, Russia's Duma in Arabic,
     * Mali's Koulouba, Germany's Schloss Bellevue (not Bellevue, Washington), St Petersburg's Smolny.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The Prime Minister will host the Taoiseach next week.|IE",
            "en|Matignon said the prime minister would resign.|FR",
            "en|The Kantei said the prime minister would visit.|JP",
            "en|The Cortes approved the budget.|ES",
            "en|Holyrood passed the bill on Tuesday.|GB",
            "ar|أقر مجلس الدوما القانون.|RU",
            "fr|Le palais de Koulouba a annoncé un remaniement.|ML",
            "en|Schloss Bellevue said the president would travel.|DE",
            "ru|В Смольном заявили, что бюджет принят.|RU"})
    void aSeatOfStateStandsForItsCountry(String language, String body, String code) {
        assertThat(all(tag("x", body, language))).containsExactly(code);
    }

    /** A market report's headline index is its country's market (the Ibex 35 is Madrid's, the Nikkei Tokyo's). */
    @Test
    void aNationalStockIndexIsItsMarketsCountry() {
        assertThat(primary(tag("El Ibex 35 sube un 0,6% impulsado por la banca",
                "El selectivo cerró la sesión con un avance del 0,62%, a la espera de la reunión del BCE.", "es")))
                .containsExactly("ES");
        assertThat(primary(tag("Nikkei falls as exporters slip",
                "The benchmark share average fell 1.2% on Tuesday as a stronger currency weighed.", "en")))
                .containsExactly("JP");
    }

    @Test
    void omanOrAmmanByContext() {
        assertThat(all(tag("الأردن يستضيف مؤتمرا", "استضافت عمّان مؤتمرا في المملكة الأردنية الهاشمية.", "ar")))
                .containsExactly("JO");
        assertThat(all(tag("سلطنة عمان", "أعلنت سلطنة عمان من مسقط موازنة جديدة.", "ar"))).containsExactly("OM");
        assertThat(all(tag("ایران و عمان", "وزیر خارجه با همتای عمانی خود در مسقط گفتگو کرد.", "fa"))).containsExactly("IR", "OM");
    }

    /** "Our country" under a national agency's credit is the agency's country; without a credit it is nobody's. */
    @Test
    void ourCountryUnderAnAgencysCreditIsItsCountry() {
        var tags = tag("طلای تکواندوکار کشورمان", "به گزارش خبرگزاری فارس، تکواندوکار کشورمان در رقابت‌هایی که در "
                + "منچستر انگلیس برگزار شد طلا گرفت.", "fa");
        assertThat(primary(tags)).contains("IR");
        assertThat(all(tag("طلای تکواندوکار کشورمان", "تکواندوکار کشورمان طلا گرفت.", "fa"))).isEmpty();
    }

    /**
     * Under a national agency's credit, an office named without its country is the agency's country's; not without a
     * credit, not an office a place follows (directly or after "state of"), and not a bare office that repeats one
     * named earlier with its country.
     */
    @Test
    void anOfficeWithoutItsCountryUnderAnAgencysCreditIsTheAgencysCountry() {
        String title = "وزير الخارجية يبحث مع نظيره الأمريكي التعاون";
        var credited = tag(title, "واشنطن (واس) - بحث وزير الخارجية مع وزير الخارجية الأمريكي اليوم سبل تعزيز "
                + "التعاون بين البلدين.", "ar");
        assertThat(all(credited)).contains("SA", "US");
        assertThat(credited.stream().filter(t -> t.code().equals("SA")).findFirst().orElseThrow().mentions())
                .extracting(Mention::text).contains("وزير الخارجية");
        assertThat(all(tag(title, "واشنطن - بحث وزير الخارجية مع وزير الخارجية الأمريكي اليوم سبل تعزيز التعاون.",
                "ar"))).doesNotContain("SA");
        assertThat(all(tag("وزير الخارجية الأمريكي في بغداد", "بغداد (واس) - وصل وزير الخارجية الأمريكي إلى بغداد، "
                + "وقال وزير الخارجية إن الزيارة تبحث الأمن.", "ar"))).doesNotContain("SA");
        assertThat(all(tag("استقبال", "الدوحة (واس) - التقى وزير الدفاع بدولة قطر وفدا عسكريا.", "ar")))
                .doesNotContain("SA");
        assertThat(all(tag("دیدار در مسقط", "به گزارش ایرنا، وزیر امور خارجه در مسقط با همتای عمانی خود دیدار کرد.",
                "fa"))).contains("IR", "OM");
        // any run of office words of mention-roles.tsv: the ministry, the ministry's spokesman
        assertThat(all(tag("بيان", "(واس) أدانت وزارة الخارجية الهجوم على بعثة إنسانية في قطاع غزة.", "ar")))
                .contains("SA", "PS");
        assertThat(all(tag("پیام تبریک", "به گزارش ایرنا، سخنگوی وزارت امور خارجه روز ملی ترکمنستان را تبریک گفت.",
                "fa"))).contains("IR", "TM");
        // an Arabic minister and his portfolio is an office; in Persian the portfolio's country may come later
        assertThat(all(tag("تعاون في التعدين", "(واس) بحث نائب وزير الاستثمار مع الجانب البوليفي فرص التعاون في "
                + "التعدين.", "ar"))).contains("SA", "BO");
        assertThat(all(tag("سفر به منطقه", "به گزارش ایرنا، وزیر دفاع رژیم صهیونیستی به منطقه سفر کرد.", "fa")))
                .doesNotContain("IR");
        // the agency's international desk relays another country's news: its bare president is that country's
        assertThat(all(tag("کودتا در گینه بیسائو؛ رئیس‌جمهور بازداشت شد", "به گزارش گروه بین‌الملل خبرگزاری فارس به "
                + "نقل از خبرگزاری فرانسه، نظامیان گینه بیسائو رئیس‌جمهور را بازداشت کردند.", "fa")))
                .doesNotContain("IR");
        assertThat(all(tag("سفر رئیس‌جمهور", "به گزارش گروه سیاسی خبرگزاری فارس، رئیس‌جمهور امروز به استانبول سفر "
                + "کرد.", "fa"))).contains("IR", "TR");
        // a single office word is no office: "the president" alone may be anyone's
        assertThat(all(tag("تصريح", "(واس) قال الرئيس إن الاتفاق مع روسيا يخدم المنطقة.", "ar")))
                .doesNotContain("SA");
    }

    /** The Houthis are Yemen's, in a story that names no Yemeni place. */
    @Test
    void theHouthisAreYemens() {
        assertThat(primary(tag("الحوثيون يطلقون صاروخا", "أطلق الحوثيون صاروخا باليستيا الليلة الماضية وأعلن "
                + "التحالف اعتراضه.", "ar"))).containsExactly("YE");
        assertThat(primary(tag("Houthis fire missile", "Houthi rebels fired a ballistic missile overnight, the "
                + "coalition said.", "en"))).containsExactly("YE");
    }

    /**
     * Without a credit, "our country" is the home country the source declares, behind a clitic too, but not in a
     * quoted speaker's words.
     */
    @Test
    void ourCountryOfASourceWithAHomeIsThatHome() {
        String body = "ما زالت المؤشرات تشير إلى ضعف طلابنا في العلوم، ولا نتوقع تحسن المستوى الاقتصادي لبلادنا.";
        List<CountryTag> home = TAGGER.tag(input("التعليم أولا", body, "ar", "SA"));
        assertThat(all(home)).containsExactly("SA");
        assertThat(home.get(0).mentions()).extracting(Mention::text).containsExactly("لبلادنا");
        assertThat(all(tag("التعليم أولا", body, "ar"))).isEmpty();
        assertThat(all(TAGGER.tag(input("تصريح", "قال الوزير: «إن بلادنا لن تتراجع عن الإصلاح».", "ar", "SA"))))
                .isEmpty();
    }

    /** "Our country" that goes abroad makes the host a venue, as a team does; a festival or the Olympics the event. */
    @Test
    void ourCountryAtAnEventAbroadLeavesTheHostAVenue() {
        var tags = tag("غزالیان به المپیک نوجوانان می‌رود", "به گزارش خبرگزاری فارس، وزنه‌بردار کشورمان در رقابت‌های "
                + "المپیک نوجوانان سنگاپور شرکت می‌کند. تیم ملی کشورمان دو سهمیه در المپیک سنگاپور دارد و مسابقات در "
                + "سنگاپور برگزار می‌شود.", "fa");
        assertThat(primary(tags)).containsExactly("IR");
        assertThat(all(tags)).contains("SG");
        // nobody of ours there: the host is the story
        assertThat(primary(tag("المپیک نوجوانان آغاز شد", "به گزارش خبرگزاری فارس، رقابت‌های المپیک نوجوانان "
                + "سنگاپور آغاز شد و مسابقات در سنگاپور برگزار می‌شود.", "fa"))).containsExactly("SG");
        // the country after its own city is the city's address: "the city of Tokyo, Japan"
        var film = tag("فیلم کوتاه در جشنواره", "به گزارش خبرگزاری فارس، فیلم کوتاه کشورمان به بخش مسابقه جشنواره "
                + "توکیو راه یافت. این جشنواره در شهر توکیو ژاپن برگزار می‌شود.", "fa");
        assertThat(primary(film)).containsExactly("IR");
        assertThat(all(film)).contains("JP");
    }

    /** A Persian national body's name before another country's name is that country's, throughout the article. */
    @Test
    void aNationalBodyOfAnotherCountryIsThatCountrys() {
        var tags = tag("کمک به مدارس", "به گزارش خبرگزاری فارس، کمک‌های آمریکا به آموزش و پرورش افغانستان زیر سوال "
                + "رفت. وزیر جدید آموزش و پرورش گفت آمار مدارس کابل درست نبود.", "fa");
        assertThat(all(tags)).doesNotContain("IR").contains("AF");
        // at home it is still Iran's
        assertThat(all(tag("مدارس", "مدیرکل آموزش و پرورش گفت مدارس آماده است.", "fa"))).contains("IR");
    }

    /** "The Kingdom" is how each Arab kingdom's press names its own: Saudi Arabia unless the article shows another. */
    @Test
    void theKingdomIsTheKingdomTheArticleIsFrom() {
        assertThat(all(tag("مسابقة", "المنامة / بنا / أعلنت الوزارة مسابقة في مختلف محافظات المملكة.", "ar")))
                .containsExactly("BH");
        assertThat(all(tag("مسابقة", "أعلنت الوزارة مسابقة في مختلف مناطق المملكة.", "ar"))).containsExactly("SA");
        // "فاسدة" (corrupt) is no cue for Fez, nor "الرياضة" (sport) for Riyadh
        assertThat(all(tag("طاقة", "استهلاك الطاقة في المملكة وسياسات فاسدة في الرياضة.", "ar"))).containsExactly("SA");
    }

    @Test
    void nigerAndCongoInOtherLanguages() {
        assertThat(all(tag("Le Niger suspend ses exportations", "Les autorités de Niamey ont décidé.", "fr"))).containsExactly("NE");
        assertThat(all(tag("انتخابات في النيجر", "أعلنت نيجيريا دعمها للانتخابات في النيجر.", "ar"))).contains("NE", "NG");
        assertThat(primary(tag("Combats en RDC", "Les combats continuent près de Goma au Congo.", "fr"))).containsExactly("CD");
    }

    @Test
    void cldrNamesComeFromEveryLocale() {
        // names nobody typed: Japanese and Greek CLDR names
        assertThat(all(tag("ニュース", "アルメニア", "ja"))).containsExactly("AM");
        assertThat(all(tag("Ειδήσεις", "Η Αρμενία και το Αζερμπαϊτζάν", "el"))).contains("AM");
        assertThat(TAGGER.gazetteerCounts().get("cldrLocales")).isGreaterThan(500);
    }

    @Test
    void taggingIsThreadSafe() throws Exception {
        TaggingInput in = input("گفتگوی ارمنستان و جمهوری آذربایجان در روسیه",
                "دیپلمات‌ها در مسکو، ایروان و باکو دیدار کردند.", "fa");
        List<CountryTag> expected = TAGGER.tag(in);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<CountryTag>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> TAGGER.tag(in)));
            }
            for (var f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void ambiguousNamesCountInEveryLanguage() {
        assertThat(all(tag("Protestas en Georgia", "Miles de personas protestaron en Tiflis contra el Gobierno.", "es")))
                .contains("GE");
        assertThat(all(tag("Combates en el Congo", "Los rebeldes avanzan hacia Goma, cerca de Kinshasa.", "es")))
                .containsExactly("CD");
    }

    @Test
    void aBodyOfOneNameRepeatedIsScoredWholeButQuotedAHundredTimes() {
        CountryTag few = tag("France", "France ".repeat(200), "en").get(0);
        CountryTag many = tag("France", "France ".repeat(20_000), "en").get(0);
        assertThat(many.code()).isEqualTo("FR");
        assertThat(many.primary()).isTrue();
        assertThat(many.mentions()).hasSize(PrimaryCountryScorer.MAX_MENTIONS);
        assertThat(many.mentions().get(0).field()).isEqualTo("title");
        assertThat(many.score()).isGreaterThan(50 * few.score());
    }

    @Test
    void repeatedAmbiguousAndPersonNamesAreDecidedAsInAShortArticle() {
        String georgia = "Georgia talks in Tbilisi. ";
        assertThat(all(tag("Talks", georgia.repeat(5000), "en"))).isEqualTo(all(tag("Talks", georgia, "en")))
                .contains("GE");
        String henderson = "Jordan Henderson scored. Henderson ran. ";
        assertThat(all(tag("Match", henderson.repeat(5000), "en"))).isEqualTo(all(tag("Match", henderson, "en")))
                .doesNotContain("JO");
    }

    @Test
    void arabicAdjectivesOfCountriesBeyondTheRegion() {
        // the feminine, the masculine and the generated sound plural
        assertThat(primary(tag("أمن", "أعلنت الحكومة الكولومبية فرض حظر التجول في العاصمة.", "ar"))).containsExactly("CO");
        assertThat(primary(tag("اقتصاد", "رفع البنك المركزي الأرجنتيني سعر الفائدة مجددا.", "ar"))).containsExactly("AR");
        assertThat(all(tag("هجرة", "وصل مئات المهاجرين الإكوادوريين إلى الحدود.", "ar"))).containsExactly("EC");
        // and the press's everyday names that CLDR spells otherwise (الدانمرك, هنغاريا, ميانمار (بورما))
        assertThat(all(tag("كرة يد", "فازت الدنمارك على المجر في بطولة العالم.", "ar"))).containsExactlyInAnyOrder("DK", "HU");
        assertThat(all(tag("سیل", "سیل در میانمار صدها خانه را ویران کرد.", "fa"))).containsExactly("MM");
    }

    @Test
    void anArabicAdjectiveThatIsAlsoASurnameOrAWordIsNotListed() {
        // al-Kindi and al-Suwaidi are Gulf surnames, غانية is "a beauty", المالي "financial"
        assertThat(all(tag("تعيين", "عين المجلس الدكتور خالد الكندي وسعيد السويدي عضوين فيه.", "ar"))).isEmpty();
        assertThat(all(tag("شعر", "وصف الشاعر غانية في قصيدته، وتحدث عن الوضع المالي.", "ar"))).isEmpty();
    }

    /**
     * Spanish plurals of Chinese and Turkish, and the feminine turca, name their countries ("Los chinos compran más
     * soja", "la lira turca"); the nicknames el Chino and el Turco do not.
     */
    @Test
    void spanishPluralsOfNationalityNameTheirCountry() {
        assertThat(primary(tag("Soja", "Los chinos compran más soja que nunca, según datos oficiales.", "es")))
                .containsExactly("CN");
        assertThat(primary(tag("Mercados", "La lira turca cayó un 3 % frente al dólar tras la decisión del banco.",
                "es"))).containsExactly("TR");
        assertThat(all(tag("Fútbol", "El Chino Martínez marcó dos goles y el Turco Mohamed celebró en el banquillo.",
                "es"))).isEmpty();
    }

    /**
     * Every gender and number of a nationality's adjective names its country: the Spanish plurals, the French feminine
     * and plural, and the German strong endings after "ein" or with no article had been missing for some countries.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es|Los estadounidenses votaron el martes en unas elecciones muy reñidas.|US",
            "es|Los mexicanos votaron el domingo para elegir a su presidenta.|MX",
            "es|Las autoridades argentinas informaron de un nuevo caso.|AR",
            "es|Las empresas colombianas exportaron más café este año.|CO",
            "es|Las tropas rusas avanzaron durante la noche, dijo el ministerio.|RU",
            "fr|Une entreprise sénégalaise a remporté le contrat du port.|SN",
            "fr|Les forces maliennes ont annoncé l'ouverture d'une enquête.|ML",
            "fr|La police bolivienne a arrêté trois suspects.|BO",
            "de|Ein österreichischer Film gewann den Hauptpreis.|AT",
            "de|Ein deutscher Tourist wurde bei dem Unfall verletzt.|DE",
            "de|Mit armenischem Geld wurde die Brücke gebaut.|AM"})
    void everyFormOfANationalitysAdjectiveNamesItsCountry(String language, String body, String code) {
        assertThat(primary(tag("x", body, language))).containsExactly(code);
    }

    /**
     * Regions the press names as places of their own that are no first-level subdivision (regions.tsv, source geo):
     * Siberia, Darfur, the Côte d'Azur, the Algarve, Cornwall; the New York hospital named after Mount Sinai is none.
     */
    @Test
    void wellKnownRegionsNameTheirCountry() {
        assertThat(primary(tag("Weather", "Heavy snow fell across Siberia on Monday.", "en"))).containsExactly("RU");
        assertThat(primary(tag("Погода", "В Сибири ударили сильные морозы.", "ru"))).containsExactly("RU");
        assertThat(primary(tag("Sudan", "Fighting intensified in Darfur, aid groups said.", "en")))
                .containsExactly("SD");
        assertThat(primary(tag("Tourisme", "La Côte d'Azur attend des milliers de touristes cet été.", "fr")))
                .containsExactly("FR");
        assertThat(primary(tag("Fires", "Wildfires swept across the Algarve on Tuesday.", "en"))).containsExactly("PT");
        assertThat(primary(tag("Storms", "Storms battered Cornwall overnight.", "en"))).containsExactly("GB");
        assertThat(all(tag("Health", "Doctors at Mount Sinai Hospital treated the patient.", "en")))
                .doesNotContain("EG");
    }
}
