package dev.newsline.enrich.tag.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.Mention;
import dev.newsline.enrich.model.TopicTag;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules in each language on sentences written for this test, NOT rules, and exact evidence. */
class TopicTaggerTest {

    private static final TopicTagger TAGGER = new TopicTagger();

    static TaggingInput input(String language, String title, String body) {
        MatchFormNormalizer n = new MatchFormNormalizer();
        return new TaggingInput(title, body, n.normalize(title), n.normalize(body), language);
    }

    static List<TopicTag> tag(String language, String title, String body) {
        return TAGGER.tag(input(language, title, body));
    }

    static List<String> slugs(List<TopicTag> tags) {
        return tags.stream().map(TopicTag::slug).toList();
    }

    static List<String> primary(List<TopicTag> tags) {
        return tags.stream().filter(t -> t.primary() && t.parent() == null).map(TopicTag::slug).toList();
    }

    static Optional<TopicTag> find(List<TopicTag> tags, String slug) {
        return tags.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    static void assertEvidenceExact(TaggingInput in, List<TopicTag> tags) {
        for (TopicTag t : tags) {
            assertThat(t.mentions()).isNotEmpty();
            for (Mention m : t.mentions()) {
                String field = m.field().equals("title") ? in.title() : in.body();
                assertThat(m.field()).isIn("title", "body");
                assertThat(field.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void englishQuakesAndAftershocksAreNaturalDisasters() {
        // Headline English says "quake" far more often than "earthquake".
        List<TopicTag> tags = tag("en", "Aftershocks rattle coastal towns after quake",
                "Strong aftershocks shook the region overnight and families slept outdoors.");
        assertThat(primary(tags)).containsExactly("disaster");
        assertThat(find(tags, "natural-disaster").orElseThrow().mentions()).extracting(Mention::text)
                .contains("Aftershocks", "quake", "aftershocks");
        assertEvidenceExact(input("en", "Aftershocks rattle coastal towns after quake",
                "Strong aftershocks shook the region overnight and families slept outdoors."), tags);
    }

    @Test
    void englishWireWordsForAttacksAndAvalanchesCount() {
        assertThat(slugs(tag("en", "Gunmen kill four at a wedding", "The gunmen fled on motorbikes, witnesses said.")))
                .contains("crime-acts");
        assertThat(slugs(tag("en", "Market bombing kills 12", "Aircraft bombed the market at midday.")))
                .contains("armed-conflict");
        assertThat(slugs(tag("en", "Avalanche buries ski lodge", "Rescuers dug through the snow after the avalanche.")))
                .contains("natural-disaster");
        assertThat(slugs(tag("en", "Blast at chemical plant", "The blast shattered windows across the town.")))
                .contains("accident");
    }

    @Test
    void persianFloodsAndAftershocksAndArabicTremorsAreNaturalDisasters() {
        assertThat(slugs(tag("fa", "سیول در استان گلستان", "سیول و طغیان رودخانه‌ها خسارت زد.")))
                .contains("natural-disaster");
        assertThat(slugs(tag("fa", "پس لرزه‌ها ادامه دارد", "ساکنان شب را در چادر گذراندند.")))
                .contains("natural-disaster");
        assertThat(slugs(tag("ar", "هزة أرضية تضرب المنطقة", "شعر السكان بهزات ارتدادية خلال الليل.")))
                .contains("natural-disaster");
    }

    @Test
    void englishElectionIsPoliticsWithSecondLevel() {
        List<TopicTag> tags = tag("en", "Opposition wins parliamentary election",
                "Voters went to the polls on Sunday and the ruling party conceded defeat in the election.");
        assertThat(primary(tags)).containsExactly("politics");
        assertThat(slugs(tags)).contains("elections");
        assertThat(find(tags, "politics").orElseThrow().code()).isEqualTo("medtop:11000000");
        TopicTag elections = find(tags, "elections").orElseThrow();
        assertThat(elections.code()).isEqualTo("medtop:20000574");
        assertThat(elections.parent()).isEqualTo("politics");
    }

    @Test
    void englishFootballMatchIsSportNotPolitics() {
        List<TopicTag> tags = tag("en", "City win the derby",
                "The football match ended 2-1 after a late goal; the coach praised his players.");
        assertThat(primary(tags)).containsExactly("sport");
        assertThat(slugs(tags)).doesNotContain("politics");
    }

    @Test
    void englishPoliticalMatchIsNotSport() {
        List<TopicTag> tags = tag("en", "A political match in parliament",
                "The opposition party and the government fought a bitter political match over the budget vote in parliament.");
        assertThat(primary(tags)).contains("politics");
        assertThat(slugs(tags)).doesNotContain("sport");
    }

    @Test
    void englishStormOfCriticismIsNotWeather() {
        List<TopicTag> tags = tag("en", "Minister faces storm of criticism",
                "The minister's remarks drew a storm of criticism from the opposition in parliament.");
        assertThat(slugs(tags)).doesNotContain("weather", "weather-phenomena");
        assertThat(primary(tags)).contains("politics");
    }

    @Test
    void englishStormWithRainIsWeather() {
        List<TopicTag> tags = tag("en", "Storm brings heavy rain to the coast",
                "The weather service forecast strong winds and more rain for Tuesday.");
        assertThat(primary(tags)).containsExactly("weather");
    }

    @Test
    void englishCeasefireIsConflictPeaceProcess() {
        List<TopicTag> tags = tag("en", "Ceasefire agreed after weeks of shelling",
                "Both armies accepted a truce brokered by the United Nations envoy.");
        assertThat(primary(tags)).contains("conflict");
        assertThat(slugs(tags)).contains("peace-process", "armed-conflict");
    }

    @Test
    void arabicCliticsAndDiplomacy() {
        TaggingInput in = input("ar", "وزير الخارجية يبحث مع نظيره التركي العلاقات الثنائية",
                "وبحث الوزيران في مباحثات رسمية سبل تعزيز التعاون، وأكدا دعم مفاوضات السلام.");
        List<TopicTag> tags = TAGGER.tag(in);
        assertThat(primary(tags)).contains("politics");
        TopicTag ir = find(tags, "international-relations").orElseThrow();
        assertThat(ir.mentions()).extracting(Mention::text).contains("نظيره", "وزير الخارجية", "مباحثات");
        assertEvidenceExact(in, tags);
    }

    @Test
    void arabicFootballNotPolitics() {
        List<TopicTag> tags = tag("ar", "الهلال يفوز على النصر في الدوري",
                "سجل اللاعب هدفين في المباراة وأشاد المدرب بالجماهير.");
        assertThat(primary(tags)).containsExactly("sport");
    }

    @Test
    void arabicStormOfDecisivenessIsNotWeather() {
        List<TopicTag> tags = tag("ar", "طيران التحالف يواصل عمليات عاصفة الحزم",
                "شنت طائرات التحالف غارات على مواقع الحوثيين في اليمن.");
        assertThat(primary(tags)).containsExactly("conflict");
        assertThat(slugs(tags)).doesNotContain("weather", "weather-phenomena");
    }

    @Test
    void arabicDustStormIsWeather() {
        List<TopicTag> tags = tag("ar", "الأرصاد: عاصفة ترابية وأمطار رعدية على المنطقة الشرقية",
                "توقعت الرئاسة العامة للأرصاد هبوب رياح نشطة وانخفاض درجات الحرارة.");
        assertThat(primary(tags)).containsExactly("weather");
    }

    @Test
    void arabicRiyadhIsNotSport() {
        List<TopicTag> tags = tag("ar", "أمانة الرياض تفتتح حديقة جديدة", "افتتحت الأمانة حديقة في شمال الرياض.");
        assertThat(slugs(tags)).doesNotContain("sport");
    }

    @Test
    void persianCeasefireWithZwnjOrClosedUp() {
        for (String ceasefire : List.of("آتش‌بس", "آتش بس", "آتشبس")) {
            TaggingInput in = input("fa", "برقراری " + ceasefire + " در منطقه",
                    "طرفین درگیری پس از مذاکرات صلح با " + ceasefire + " موافقت کردند.");
            List<TopicTag> tags = TAGGER.tag(in);
            assertThat(primary(tags)).as(ceasefire).contains("conflict");
            TopicTag peace = find(tags, "peace-process").orElseThrow();
            assertThat(peace.mentions()).extracting(Mention::text).contains(ceasefire);
            assertEvidenceExact(in, tags);
        }
    }

    @Test
    void persianSuffixesWithAndWithoutZwnj() {
        for (String word : List.of("بیمارستان‌ها", "بیمارستانها", "بیمارستان‌های")) {
            TaggingInput in = input("fa", "کمبود پزشک در " + word, "وزارت بهداشت از کمبود دارو خبر داد.");
            List<TopicTag> tags = TAGGER.tag(in);
            assertThat(primary(tags)).as(word).containsExactly("health");
            assertThat(find(tags, "health").orElseThrow().mentions()).extracting(Mention::text).contains(word);
            assertEvidenceExact(in, tags);
        }
    }

    @Test
    void persianPoliticalGameIsNotSport() {
        List<TopicTag> tags = tag("fa", "بازی سیاسی در مجلس",
                "نمایندگان مجلس دولت را به بازی سیاسی با بودجه متهم کردند.");
        assertThat(slugs(tags)).doesNotContain("sport");
        assertThat(primary(tags)).contains("politics");
    }

    @Test
    void persianFootball() {
        List<TopicTag> tags = tag("fa", "پیروزی پرسپولیس در لیگ برتر", "بازیکنان تیم در دقیقه ۹۰ گل دوم را زدند.");
        assertThat(primary(tags)).containsExactly("sport");
    }

    @Test
    void persianEarthquake() {
        List<TopicTag> tags = tag("fa", "زلزله ۵ ریشتری کرمان را لرزاند", "نیروهای امداد و نجات هلال احمر به منطقه اعزام شدند.");
        assertThat(primary(tags)).containsExactly("disaster");
    }

    @Test
    void frenchElisionAndStrike() {
        List<TopicTag> tags = tag("fr", "Grève des enseignants contre la réforme des retraites",
                "Les syndicats appellent à manifester ; l'école restera fermée jeudi.");
        assertThat(primary(tags)).contains("labour");
        assertThat(find(tags, "education").orElseThrow().mentions()).extracting(Mention::text).contains("l'école");
    }

    @Test
    void frenchStormOfCriticismIsNotWeather() {
        List<TopicTag> tags = tag("fr", "Une tempête de critiques après le discours du ministre",
                "Le gouvernement fait face à la polémique au Parlement.");
        assertThat(slugs(tags)).doesNotContain("weather", "weather-phenomena");
    }

    @Test
    void germanCompoundsElection() {
        List<TopicTag> tags = tag("de", "Landtagswahl: Koalition verliert Mehrheit",
                "Die Wähler straften die Regierung ab; die Wahlbeteiligung stieg.");
        assertThat(primary(tags)).containsExactly("politics");
        assertThat(find(tags, "elections").orElseThrow().mentions()).extracting(Mention::text)
                .contains("Landtagswahl", "Wähler");
    }

    @Test
    void germanSturmDerEntruestungIsNotWeather() {
        List<TopicTag> tags = tag("de", "Sturm der Entrüstung nach Rede im Bundestag",
                "Die Opposition kritisierte den Minister scharf.");
        assertThat(slugs(tags)).doesNotContain("weather", "weather-phenomena");
        assertThat(primary(tags)).contains("politics");
    }

    @Test
    void spanishPartidoFootballVsPolitics() {
        List<TopicTag> football = tag("es", "El Betis gana el partido",
                "El entrenador celebró los dos goles de su equipo en la liga.");
        assertThat(primary(football)).containsExactly("sport");
        assertThat(slugs(football)).doesNotContain("politics");
        List<TopicTag> politics = tag("es", "El partido del gobierno pierde apoyo",
                "Las encuestas antes de las elecciones muestran una caída del partido político.");
        assertThat(primary(politics)).containsExactly("politics");
        assertThat(slugs(politics)).doesNotContain("sport");
    }

    @Test
    void russianInflection() {
        List<TopicTag> tags = tag("ru", "Землетрясение магнитудой 6 произошло в Японии",
                "Спасатели ищут пострадавших, угрозы цунами нет.");
        assertThat(primary(tags)).containsExactly("disaster");
    }

    @Test
    void turkishSuffixChains() {
        List<TopicTag> tags = tag("tr", "Seçimlerde muhalefet partisi önde",
                "Seçmenler sandık başına gitti; YSK sonuçları açıkladı.");
        assertThat(primary(tags)).containsExactly("politics");
    }

    @Test
    void urduCricket() {
        List<TopicTag> tags = tag("ur", "پاکستان نے ون ڈے میچ جیت لیا", "کپتان نے سنچری بنائی اور ٹیم نے 300 رنز بنائے۔");
        assertThat(primary(tags)).containsExactly("sport");
    }

    @Test
    void urduElectionAndStormOfCriticism() {
        List<TopicTag> election = tag("ur", "ضمنی انتخابات میں ووٹنگ جاری", "الیکشن کمیشن کے مطابق پولنگ شام پانچ بجے تک جاری رہے گی۔");
        assertThat(primary(election)).containsExactly("politics");
        List<TopicTag> criticism = tag("ur", "وزیر کے بیان پر تنقید کا طوفان", "اپوزیشن نے قومی اسمبلی میں وزیر سے استعفے کا مطالبہ کیا۔");
        assertThat(slugs(criticism)).doesNotContain("weather", "weather-phenomena");
    }

    @Test
    void titleWeighsMoreThanBody() {
        List<TopicTag> titled = tag("en", "Earthquake hits the region", "Officials spoke on Monday.");
        List<TopicTag> bodied = tag("en", "Officials spoke on Monday", "An earthquake hit the region.");
        assertThat(find(titled, "disaster").orElseThrow().score())
                .isGreaterThan(find(bodied, "disaster").orElseThrow().score());
    }

    @Test
    void evidenceOffsetsAreExactInMixedText() {
        TaggingInput in = input("fa", "  گفت‌وگوی  تلفنی وزیر امور خارجه",
                "رئیس‌جمهور درباره انتخابات و آتش‌بس با همتای خود گفت‌وگو کرد.");
        List<TopicTag> tags = TAGGER.tag(in);
        assertThat(tags).isNotEmpty();
        assertEvidenceExact(in, tags);
        Mention first = find(tags, "international-relations").orElseThrow().mentions().get(0);
        assertThat(first.field()).isEqualTo("title");
    }

    @Test
    void unknownLanguageAndEmptyTextDoNotFail() {
        assertThat(tag("xx", "", "")).isEmpty();
        assertThat(TAGGER.tag(new TaggingInput("", "", null, null, null))).isEmpty();
    }

    @Test
    void everyRuleFileLoads() {
        assertThat(TAGGER.ruleCounts()).containsKeys("ar", "fa", "ur", "en", "fr", "de", "es", "ru", "tr");
    }

    @Test
    void aWordLongerThanAnyWordMeetsNoTermSoNoEvidenceQuotesIt() {
        String longest = "election" + "s".repeat(TermMatcher.MAX_WORD_CHARS - "election".length());
        assertThat(slugs(tag("en", "Results", "The " + longest + " went on."))).contains("elections");
        String huge = "election" + "s".repeat(500_000);
        assertThat(slugs(tag("en", "Results", "The " + huge + " went on."))).doesNotContain("elections");
    }
}
