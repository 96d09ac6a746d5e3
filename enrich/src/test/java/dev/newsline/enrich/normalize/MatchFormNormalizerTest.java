package dev.newsline.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.source.SharedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchFormNormalizerTest {

    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();

    /** Hand-written text that exercises every rule at once; offsets are checked on it like on real text. */
    private static final List<String> MIXED = List.of(
            "لاوروف: روسیه آماده کمک به عادی‌سازی روابط است؛ قره‌باغ، ۲۰۲۴.",
            "قالَ الوزيرُ إنّ الاتفاقَ ســـيُوقَّع في ٢٠٢٤م، وأضاف: «لا».",
            "ﻓﺮﻣﺎﻧﺪه اﻧﺘﻈﺎﻣﯽ ﺷﻬﺮﺳﺘﺎن ﻻ ﷲ ﷺ",
            "Die Straße nach İstanbul: ＩＲＡＮ and iPhoneهای G20 COVID-19 𝐈𝐫𝐚𝐧 😀 ok",
            "خانهٔ کتاب​ها ؤ ئ ۀ soft\u00ADhyphen 12٫5 ١٬٠٠٠ x\u200Dy \uD800 lone");

    @ParameterizedTest
    @CsvSource({
            "علي, علي", "علی, علي", "على, علي",                // ي ی ى
            "كتاب, كتاب", "کتاب, كتاب",                       // ك ک
            "أحمد, احمد", "إحمد, احمد", "آحمد, احمد", "ٱحمد, احمد",
            "مدرسة, مدرسه", "خانۀ, خانه", "مؤتمر, موتمر", "رئيس, رييس",
            "پاکستان, پاكستان", "گرجستان, گرجستان"            // Persian-only letters stay
    })
    void foldsArabicAndPersianLetterVariants(String text, String expected) {
        assertThat(normalizer.fold(text)).isEqualTo(expected);
    }

    @Test
    void makesNativeDigitsAscii() {
        assertThat(normalizer.fold("۲۰۲۴")).isEqualTo("2024");
        assertThat(normalizer.fold("٢٠٢٤")).isEqualTo("2024");
        assertThat(normalizer.fold("２０２４")).isEqualTo("2024");
        assertThat(normalizer.fold("۱۲٫۵ ١٬٠٠٠")).isEqualTo("12.5 1,000");
    }

    @Test
    void removesHarakatTatweelAndHamzaAbove() {
        assertThat(normalizer.fold("مُحَمَّدٌ")).isEqualTo("محمد");
        assertThat(normalizer.fold("ســـلام")).isEqualTo("سلام");
        assertThat(normalizer.fold("خانهٔ")).isEqualTo("خانه");
        assertThat(normalizer.fold("الرَّحْمٰن")).isEqualTo("الرحمن"); // dagger alef
    }

    @Test
    void zwnjSpaceAndNothingJoinAlike() {
        MatchText zwnj = normalizer.normalize("قره\u200Cباغ");
        MatchText space = normalizer.normalize("قره باغ");
        MatchText none = normalizer.normalize("قرهباغ");
        assertThat(zwnj.joined()).isEqualTo(space.joined()).isEqualTo(none.joined()).isEqualTo("قرهباغ");
        assertThat(zwnj.tokens()).extracting(MatchToken::text).containsExactly("قره", "باغ");
        assertThat(normalizer.normalize("a\u200Bb").tokens()).hasSize(2);       // ZWSP separates
        assertThat(normalizer.fold("x\u200Dy soft\u00ADhyphen")).isEqualTo("xy softhyphen"); // ZWJ, SHY do not
    }

    @Test
    void appliesNfkcToFullWidthPresentationFormsAndLigatures() {
        assertThat(normalizer.fold("ＩＲＡＮ")).isEqualTo("iran");
        assertThat(normalizer.fold("ﻓﺮﻣﺎﻧﺪه اﻧﺘﻈﺎﻣﯽ")).isEqualTo("فرمانده انتظامي");
        assertThat(normalizer.fold("ﻻ")).isEqualTo("لا");
        assertThat(normalizer.fold("ﷲ")).isEqualTo("الله");
        assertThat(normalizer.fold("ﷺ")).isEqualTo("صلي الله عليه وسلم");
        assertThat(normalizer.fold("ﬁnance")).isEqualTo("finance");
        assertThat(normalizer.fold("𝐈𝐫𝐚𝐧")).isEqualTo("iran");
    }

    @Test
    void foldsCase() {
        assertThat(normalizer.fold("Straße STRASSE")).isEqualTo("strasse strasse");
        assertThat(normalizer.fold("İstanbul ISTANBUL")).isEqualTo("istanbul istanbul");
        assertThat(normalizer.fold("ΣΊΣΥΦΟΣ Москва")).isEqualTo("σισυφοσ москва");
        assertThat(normalizer.fold("Crème Brûlée")).isEqualTo("creme brulee");
    }

    @Test
    void arabicCommaAndSemicolonSeparateWordsAndNumbers() {
        assertThat(words("ايران،عراق؛سوريا")).containsExactly("ايران", "عراق", "سوريا");
        assertThat(words("٢٠٢٠،٢٠٢١")).containsExactly("2020", "2021");
        assertThat(words("1,000 3.5")).containsExactly("1,000", "3.5");
    }

    @Test
    void aColonGluedBetweenArabicScriptWordsSeparatesThem() {
        String text = "خبرگزاری فارس:نیروی انتظامی";
        MatchText form = normalizer.normalize(text);
        assertThat(form.tokens()).extracting(MatchToken::text).containsExactly("خبرگزاري", "فارس", "نيروي", "انتظامي");
        assertThat(form.tokens()).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("خبرگزاری", "فارس", "نیروی", "انتظامی");
        assertThat(words("c:a")).containsExactly("c:a"); // a colon inside a Latin word stays, as UAX #29 says
    }

    @Test
    void splitsWordsWhereTheScriptChanges() {
        assertThat(words("iPhoneهای")).containsExactly("iphone", "هاي");
        assertThat(words("۲۰۲۴م")).containsExactly("2024", "م");
        assertThat(words("G20 COVID-19 МиГ29")).containsExactly("g20", "covid", "19", "миг29");
        assertThat(words("東京都に行く")).containsExactly("東京", "都", "に", "行く");
    }

    @Test
    void offsetsIndexTheOriginalAcrossSurrogatePairsAndExpansions() {
        String text = "😀 𝐈𝐫𝐚𝐧 Straße ﷲ";
        MatchText form = normalizer.normalize(text);
        assertThat(form.tokens()).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("𝐈𝐫𝐚𝐧", "Straße", "ﷲ");
        assertThat(form.tokens()).extracting(MatchToken::text).containsExactly("iran", "strasse", "الله");
    }

    @Test
    void spansKeepTrailingMarksOfTheWord() {
        String text = "كتابٌ جديدٌ، ســـلام";
        assertThat(normalizer.normalize(text).tokens()).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("كتابٌ", "جديدٌ", "ســـلام");
    }

    @Test
    void emptyAndBlankTextHaveNoTokens() {
        assertThat(normalizer.normalize("").tokens()).isEmpty();
        assertThat(normalizer.normalize(" \u200C\u0640 ، ").folded()).isEmpty();
    }

    @Test
    void everyTokenSpansItsVisibleWordInHandWrittenText() {
        MIXED.forEach(this::assertSpansAreVisibleWords);
    }

    @Test
    void everyTokenSpansItsVisibleWordInRealArticles() throws IOException {
        Optional<Path> shared = SharedFolder.locate("corpus");
        Assumptions.assumeTrue(shared.isPresent(), "../shared/corpus is absent: real-text offset check skipped");
        List<Path> files;
        try (Stream<Path> dirs = Files.list(shared.get())) {
            files = dirs.filter(Files::isDirectory).flatMap(MatchFormNormalizerTest::firstArticles).toList();
        }
        for (Path file : files) {
            assertSpansAreVisibleWords(Files.readString(file, StandardCharsets.UTF_8));
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(2);
    }

    private static Stream<Path> firstArticles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(100).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each token's span is a whole, trimmed, surrogate-safe piece of the original that folds back to the token. */
    private void assertSpansAreVisibleWords(String original) {
        MatchText form = normalizer.normalize(original);
        int previousStart = 0;
        for (MatchToken token : form.tokens()) {
            assertThat(token.start()).isGreaterThanOrEqualTo(previousStart).isLessThan(token.end());
            assertThat(token.end()).isLessThanOrEqualTo(original.length());
            assertThat(Character.isLowSurrogate(original.charAt(token.start()))).isFalse();
            assertThat(token.end() == original.length() || !Character.isLowSurrogate(original.charAt(token.end())))
                    .isTrue();
            String visible = original.substring(token.start(), token.end());
            assertThat(visible).as("span of %s", token).isEqualTo(visible.strip());
            // A ligature of several words (ﷺ) gives each of them its whole span: the word is among its folds.
            assertThat(Arrays.asList(normalizer.fold(visible).split(" "))).as("fold of %s", visible)
                    .contains(token.text());
            previousStart = token.start();
        }
        assertThat(form.folded()).isEqualTo(String.join(" ", form.tokens().stream().map(MatchToken::text).toList()));
    }

    private List<String> words(String text) {
        return normalizer.normalize(text).tokens().stream().map(MatchToken::text).toList();
    }
}
