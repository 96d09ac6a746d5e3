package dev.newsline.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.read.RawArticleReader;
import dev.newsline.ingest.source.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private static LanguageDetector detector;

    @BeforeAll
    static void loadModels() {
        NewslineSettings settings = NewslineSettings.defaults();
        detector = new LanguageDetector(settings.languages(), settings.languageSampleChars());
    }

    @Test
    void sharedSeedsAreFourPersianAndOneArabic() throws IOException {
        Optional<Path> seeds = SharedFolder.locate("seeds");
        Assumptions.assumeTrue(seeds.isPresent(), "../shared/seeds is absent: seed language check skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds.get())) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        RawArticleReader reader = new RawArticleReader(NewslineSettings.defaults().maxArticleBytes());
        List<String> codes = files.stream().map(file -> {
            ParsedArticle article = read(reader, file);
            return detector.detect(article.title(), article.body()).code();
        }).toList();
        assertThat(codes).containsExactly("fa", "fa", "ar", "fa", "fa");
    }

    @Test
    void projectSamplesInTenLanguagesComeOutInTheirOwn() throws IOException {
        Path samples = Path.of(System.getProperty("newsline.repo.root", "."), "seeds");
        Assumptions.assumeTrue(Files.isDirectory(samples), samples + " is absent: project samples check skipped");
        RawArticleReader reader = new RawArticleReader(NewslineSettings.defaults().maxArticleBytes());
        List<Path> files;
        try (Stream<Path> s = Files.list(samples)) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            // "fr-01-….txt", "json-02-fr-….json": the language is the first two-letter part of the name.
            String expected = java.util.Arrays.stream(file.getFileName().toString().split("-"))
                    .filter(part -> part.matches("[a-z]{2}")).findFirst().orElseThrow();
            ParsedArticle article = read(reader, file);
            assertThat(detector.detect(article.title(), article.body()).code()).as(file.getFileName().toString())
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ar|أعلنت وزارة الخارجية اليوم أن الوزير سيزور العاصمة الأسبوع المقبل لبحث التعاون الاقتصادي.",
            "fa|وزیر امور خارجه روز سه‌شنبه گفت که مذاکرات درباره توافق هسته‌ای هفته آینده ادامه خواهد یافت.",
            "en|The foreign minister said on Tuesday that the talks would continue next week in the capital.",
            "fr|Le ministre des Affaires étrangères a déclaré mardi que les négociations reprendraient bientôt.",
            "de|Der Außenminister sagte am Dienstag, die Gespräche würden in der nächsten Woche fortgesetzt.",
            "es|El ministro de Asuntos Exteriores dijo el martes que las negociaciones continuarán pronto.",
            "ru|Министр иностранных дел заявил во вторник, что переговоры продолжатся на следующей неделе.",
            "tr|Dışişleri Bakanı salı günü yaptığı açıklamada görüşmelerin gelecek hafta süreceğini söyledi.",
            "ur|وزیر خارجہ نے منگل کو کہا کہ مذاکرات اگلے ہفتے دارالحکومت میں جاری رہیں گے۔",
    })
    void detectsEachConfiguredLanguage(String code, String sentence) {
        DetectedLanguage detected = detector.detect(sentence, "");
        assertThat(detected.code()).isEqualTo(code);
        assertThat(detected.confidence()).isBetween(LanguageDetector.MIN_DISTANCE, 1.0);
    }

    @Test
    void readsTheBodyWhenTheTitleIsShort() {
        assertThat(detector.detect("لاوروف:", "مسائل زیادی در منطقه وجود دارد که باید حل شود و ما آماده کمک هستیم.")
                .code()).isEqualTo("fa");
    }

    @Test
    void persianInArabicLettersWithoutZwnjIsStillPersian() {
        // Older Fars News style: Arabic ي and ك, no ZWNJ.
        assertThat(detector.detect("وزير خارجه گفت", "مذاكرات درباره اين توافق هفته آينده در تهران ادامه مي يابد.")
                .code()).isEqualTo("fa");
    }

    @Test
    void presentationFormsCountAsTheLettersTheyShow() {
        assertThat(detector.detect("ﻓﺮﻣﺎﻧﺪه اﻧﺘﻈﺎﻣﯽ ﺷﻬﺮﺳﺘﺎن از اﺟﺮای ﻃﺮح ﺧﺒﺮ داد و ﮔﻔﺖ", "").code()).isEqualTo("fa");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {"Hi|", "لاوروف:|", "2024-03-01|12:30", "NULL|NULL",
            "Paris Berlin Madrid|", "|۱۴۰۲/۰۵/۱۰ ۲۰۲۴"})
    void shortOrUnclearTextIsUndetermined(String title, String body) {
        assertThat(detector.detect(title, body)).isEqualTo(DetectedLanguage.undetermined());
    }

    @Test
    void readsOnlyTheSampleOfTheBody() {
        LanguageDetector tiny = new LanguageDetector(List.of("en", "fr"), 5);
        String english = "The minister said on Tuesday that the talks would continue next week.";
        assertThat(tiny.detect("", english).code()).isEqualTo(DetectedLanguage.UNDETERMINED);
        assertThat(tiny.detect(english, "Le ministre a déclaré mardi que les négociations continueront.").code())
                .isEqualTo("en");
    }

    @Test
    void unknownCodeFailsAtStartWithAOneLineMessage() {
        assertThatThrownBy(() -> new LanguageDetector(List.of("ar", "xx"), 600))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xx'").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> new LanguageDetector(List.of("ar", "persian"), 600))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'persian'");
        assertThatThrownBy(() -> new LanguageDetector(List.of("fa"), 600))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
    }

    @Test
    void reportsTheConfiguredLanguages() {
        assertThat(detector.languages()).containsExactlyInAnyOrder("ar", "fa", "en", "fr", "de", "es", "ru", "tr", "ur");
    }

    private static ParsedArticle read(RawArticleReader reader, Path file) {
        try {
            return reader.read(Files.readAllBytes(file), Map.of(), new Origin("seeds", 0, 0, 0));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
