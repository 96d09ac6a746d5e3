package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A national agency's credit (news-agencies.tsv) files a story that names no country under the agency's country, with
 * the credit as evidence; beside a named country it is nothing.
 */
class AgencyCreditTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fa|مسابقه کتابخوانی برگزار می‌شود|خبرگزاری فارس: فرهنگسرای سالمندان به مناسبت تابستان مسابقه کتابخوانی برگزار می‌کند.|IR|خبرگزاری فارس",
            "fa|نمایشگاه کتاب کودک|به گزارش ایرنا، نمایشگاه کتاب کودک از هفته آینده در فرهنگسرا برپا می‌شود.|IR|ایرنا",
            "ar|خدمة جديدة للدفع|(واس) أطلقت الوزارة خدمة جديدة للدفع الإلكتروني تتيح للمستفيدين سداد الرسوم.|SA|واس",
            "ar|حملة تطعيم|ذكرت وكالة الأنباء الكويتية أن الوزارة بدأت حملة تطعيم في المدارس.|KW|وكالة الأنباء الكويتية",
            "ar|تأهيل محطة كهرباء|سانا - أنهت الشركة العامة للكهرباء أعمال تأهيل محطة التحويل في الريف الشمالي.|SY|سانا",
            "fa|ساخت سرک|آژانس خبری پژواک: شاروالی می‌گوید که کار قیرریزی سرک‌ها در ناحیه پنجم آغاز شده است.|AF|آژانس خبری پژواک"})
    void aStoryNamingNoCountryIsFiledUnderItsAgencysCountry(String language, String title, String body, String code,
                                                            String credit) {
        // Given a story under a national agency's credit that names no place, when it is tagged
        List<CountryTag> tags = tag(title, body, language);
        // Then the agency's country is primary, with the credit as its evidence, offsets into the body as written
        assertThat(primary(tags)).containsExactly(code);
        Mention m = tags.get(0).mentions().get(0);
        assertThat(m.kind()).isEqualTo("credit");
        assertThat(m.text()).isEqualTo(credit);
        assertThat(body.substring(m.start(), m.end())).isEqualTo(credit);
    }

    /**
     * An Arabic dateline's short credit between slashes, brackets or dashes (/أ ش أ/, / وام /, (ومع)) is the agency's
     * credit; the same letters elsewhere are not (وام, قنا are words and a town too).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "افتتاح مكتبة عامة|الإسماعيلية في 4 ديسمبر /أ ش أ/ افتتح المحافظ اليوم مكتبة عامة جديدة بالحي الثالث.|EG|أ ش أ",
            "حملة نظافة|في 4 ديسمبر/ وام/ أطلقت البلدية حملة نظافة للشواطئ تستمر أسبوعين.|AE|وام",
            "افتتاح مدرسة|(ومع) - افتتحت المديرية الإقليمية للتربية اليوم مدرسة جديدة للبنات.|MA|ومع"})
    void anArabicDatelinesShortCreditIsTheAgencysCredit(String title, String body, String code, String credit) {
        // Given an Arabic story whose dateline credits a national agency by its short name, naming no country
        List<CountryTag> tags = tag(title, body, "ar");
        // Then the agency's country is primary, with the credit's letters as its evidence
        assertThat(primary(tags)).containsExactly(code);
        Mention m = tags.get(0).mentions().stream().filter(x -> x.kind().equals("credit")).findFirst().orElseThrow();
        assertThat(body.substring(m.start(), m.end())).isEqualTo(credit);
    }

    /** INA writes its short credit after a dash with nothing after it: "واشنطن - واع بحث …" is still its credit. */
    @Test
    void aShortCreditWithAMarkOnOneSideIsACredit() {
        // Given INA's report from Washington of a minister it names without his country
        List<CountryTag> tags = tag("مباحثات في واشنطن", "واشنطن - واع بحث وزير الخارجية مع نظيره الأمريكي سبل "
                + "تعزيز التعاون.", "ar");
        // Then the minister is Iraq's, beside the United States
        assertThat(all(tags)).contains("IQ", "US");
    }

    @Test
    void anAgencysMinisterAtAMeetingAbroadMakesTheDatelineItsVenue() {
        // Given SPA's report from Shanghai of the finance minister it names without his country, at a G20 meeting
        List<CountryTag> tags = tag("وزير المالية من شنغهاي: الإصلاحات تمضي وفق خطة", "شنغهاي 18 جمادى الأولى 1437 هـ "
                + "الموافق 26 فبراير 2016 م واس أكد وزير المالية أن الإصلاحات الاقتصادية تمضي وفق خطة مدروسة، وذلك في "
                + "كلمته أمام اجتماع وزراء المالية ومحافظي البنوك المركزية لدول مجموعة العشرين.", "ar");
        // Then the story is the minister's country's, and China only its venue
        assertThat(primary(tags)).containsExactly("SA");
        assertThat(all(tags)).contains("CN");
    }

    @Test
    void aBureauAbroadReportsThatCountrysMinistries() {
        // Given KUNA's Havana bureau on a ministry it names without its country
        List<CountryTag> tags = tag("انقطاع واسع للكهرباء في العاصمة الكوبية", "هافانا - 9 - 12 (كونا) -- عاش ملايين "
                + "السكان في العاصمة الكوبية ساعات من دون كهرباء اليوم. وقالت وزارة الطاقة والمناجم في بيان إن فرق "
                + "الصيانة تعمل على إعادة ربط الشبكة.", "ar");
        // Then the ministry is Cuba's, not Kuwait's
        assertThat(primary(tags)).containsExactly("CU");
        assertThat(all(tags)).doesNotContain("KW");
    }

    @Test
    void shortCreditLettersOutsideADatelineAreNoCredit() {
        assertThat(all(tag("حملة نظافة", "أطلقت البلدية حملة نظافة للشواطئ وام المشاركين شباب الحي.", "ar")))
                .isEmpty();
    }

    /**
     * A Persian agency's provincial desk ("به گزارش خبرگزاری فارس از کرج") reports its province: a preacher's words on
     * America or a flight to Syria are local news, filed under Iran alone; a story of a border crossing keeps the
     * neighbour across it.
     */
    @Test
    void aProvincialDeskFilesItsProvincesStoryUnderItsOwnCountry() {
        // Given a rally in Karaj that speaks of America, from Fars' Karaj desk
        List<CountryTag> rally = tag("آمریکا از قدرت دفاعی ایران هراس دارد",
                "به گزارش خبرگزاری فارس از کرج، رئیس دفتر نمایندگی در اجتماع مردم کرج گفت آمریکا از قدرت دفاعی ایران"
                        + " هراس دارد و آمریکا به دنبال تضعیف دولت است.", "fa");
        // Then it is Iran's story alone, America only talked about
        assertThat(primary(rally)).containsExactly("IR");
        assertThat(all(rally)).contains("US");
        // Given exports through a border crossing, from Fars' Ilam desk
        List<CountryTag> border = tag("صادرات به عراق افزایش یافت",
                "به گزارش خبرگزاری فارس از ایلام، صادرات کالا از مرز مهران به عراق در شش ماه گذشته ۲۰ درصد"
                        + " افزایش یافت.",
                "fa");
        // Then the neighbour across the border is a party to the story
        assertThat(primary(border)).containsExactlyInAnyOrder("IR", "IQ");
    }

    @Test
    void aCreditBesideANamedCountryIsNothing() {
        List<CountryTag> tags = tag("انتخابات پارلمانی",
                "به گزارش خبرگزاری فارس، انتخابات پارلمانی آلمان روز یکشنبه برگزار شد و احزاب برای ائتلاف گفت‌وگو می‌کنند.",
                "fa");
        assertThat(primary(tags)).containsExactly("DE");
        assertThat(all(tags)).doesNotContain("IR");
    }

    @Test
    void anInternationalWiresCreditFilesNothing() {
        List<CountryTag> tags = tag("حملة تطعيم", "ذكرت وكالة فرانس برس أن الوزارة بدأت حملة تطعيم في المدارس.", "ar");
        assertThat(primary(tags)).isEmpty();
    }

    /** The world's science news that a national agency carries names no country; it is nobody's domestic story. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fa|خواب کوتاه و حافظه|به گزارش خبرگزاری فارس، پژوهشگران در مطالعه‌ای تازه دریافتند خواب کوتاه حافظه را ضعیف می‌کند.",
            "ar|القهوة والقلب|(واس) توصل باحثون في دراسة حديثة إلى أن شرب القهوة باعتدال يفيد القلب.",
            // the agency's science or health desk files it, and the lead names no researchers
            "fa|کشف سیاره‌ای سنگی|خبرگزاری مهر - گروه علم و فناوری: سیاره‌ای سنگی کمی بزرگ‌تر از زمین در منطقه قابل سکونت "
                    + "ستاره‌ای کوتوله شناسایی شد.",
            "fa|تند غذا خوردن|به گزارش گروه سلامت خبرگزاری ایسنا، کسانی که غذا را با عجله می‌خورند بیشتر در معرض "
                    + "سندرم متابولیک هستند."})
    void aResearchReportUnderAnAgencysCreditIsFiledUnderNoCountry(String language, String title, String body) {
        // Given a research report under a national agency's credit that names no place, when it is tagged
        List<CountryTag> tags = tag(title, body, language);
        // Then no country is primary: the credit alone does not make it the agency's country's story
        assertThat(primary(tags)).isEmpty();
    }
}
