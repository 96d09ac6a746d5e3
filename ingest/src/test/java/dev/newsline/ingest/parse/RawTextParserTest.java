package dev.newsline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.model.Attribution;
import dev.newsline.ingest.model.ParsedText;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawTextParserTest {

    private final RawTextParser parser = new RawTextParser();

    private static List<String> paragraphs(ParsedText t) {
        return Arrays.asList(t.body().split("\n\n"));
    }

    @Nested
    class SharedFeedSamples {

        @ParameterizedTest(name = "seed {0}")
        @CsvSource(delimiter = '|', value = {
            "000|لاوروف: روسیه آماده کمک به عادیسازی روابط ارمنستان و جمهوری آذربایجان است",
            "001|گفتگوی تلفنی وزرای خارجه ارمنستان و روسیه",
            "002|الخارجية الروسية: لافروف ونظيره الأذربيجاني يؤكدان ضرورة تنفيذ الاتفاقيات مع أرمينيا",
            "003|لاوروف: مسائل زیادی در قره باغ باید حل شود",
            "004|مسکو بر ادامه نشست های دو جانبه میان مقامات جمهوری آذربایجان و ارمنستان تاکید کرد",
        })
        void titleIsExact(String seed, String title) {
            ParsedText t = parser.parse(SharedSeeds.text(seed));
            assertThat(t.title()).isEqualTo(title);
            assertThat(t.body()).doesNotStartWith(title).isNotBlank();
            assertThat(t.body()).doesNotContain("\n\n\n").isEqualTo(t.body().strip());
        }

        @ParameterizedTest(name = "seed {0}: {1} paragraphs")
        @CsvSource({"000,8", "001,12", "002,10", "003,11", "004,12"})
        void paragraphCount(String seed, int count) {
            ParsedText t = parser.parse(SharedSeeds.text(seed));
            assertThat(paragraphs(t)).hasSize(count).allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain("\n"));
        }

        @Test
        void seed002MetadataLeavesTheBodyAsFields() {
            ParsedText t = parser.parse(SharedSeeds.text("002"));
            assertThat(t.publishedAt()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(t.sources()).containsExactly("سبوتنيك", "RT Arabic");
            // space-separated multi-word phrases cannot be split reliably: one keyword string per trusted separator
            assertThat(t.keywords()).hasSize(1);
            assertThat(t.keywords().get(0)).startsWith("أنقرة إلهام علييف").endsWith("يريفان");
            assertThat(t.body()).doesNotContain("تاريخ النشر", "المصدر", "كلمات دلالية", "إقرأ أيضاً", "RT Arabic");
            assertThat(t.attribution()).isNull();
        }

        @Test
        void seed002ReadAlsoTailIsCutAndKept() {
            ParsedText t = parser.parse(SharedSeeds.text("002"));
            assertThat(t.appended()).startsWith("الرئيس السيسي ورئيس غينيا بيساو يؤكدان ضرورة مواصلة التنسيق");
            assertThat(t.appended()).contains("تلقى الرئيس عبد الفتاح السيسي").doesNotContain("إقرأ أيضاً");
            assertThat(t.body()).doesNotContain("السيسي", "غينيا بيساو");
            assertThat(paragraphs(t).get(0)).startsWith("أعلنت وزارة الخارجية الروسية اليوم الجمعة");
            assertThat(t.body()).endsWith("مؤكدا على أن الغرب يعيق عملية تسوية النزاع.");
        }

        @Test
        void seed003HardWrapsAreRejoinedEvenAcrossBlankLinesAndInsideAWord() {
            ParsedText t = parser.parse(SharedSeeds.text("003"));
            List<String> paragraphs = paragraphs(t);
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("در منطقه قره باغ پایان میدهد"));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("چیزی که ما در حال حاضر شاهد آن هستیم."));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("چندین منطقه به باکو واگذار شد"));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("همکاریهای منطقهای و صلح پایدار صحبت کردند"));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("«کلَبجَر»، «لاچین» و «آغ دام»"));
            assertThat(paragraphs.get(0)).startsWith("وزیر خارجه روسیه در زمینه آخرین تحولات");
            assertThat(t.body()).doesNotContain("  ").doesNotEndWith(" ");
        }

        @Test
        void seed003ParagraphAfterAQuoteThatEndsWithClosingGuillemetStartsAfresh() {
            List<String> paragraphs = paragraphs(parser.parse(SharedSeeds.text("003")));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("لاوروف خاطرنشان کرد:"));
        }

        @ParameterizedTest(name = "seed {0}: {1} via {2}")
        @CsvSource(nullValues = "-", value = {
            "000,آران نیوز,ریانووستی",
            "001,آران نیوز,خبرگزاری فارس",
            "003,سایت خبری پرسون,-",
            "004,آران نیوز,وستنیک قفقاز",
        })
        void attributionIsReadAndStaysInTheBody(String seed, String outlet, String via) {
            ParsedText t = parser.parse(SharedSeeds.text(seed));
            assertThat(t.attribution()).isEqualTo(new Attribution(outlet, via));
            assertThat(t.body()).contains("به گزارش " + outlet);
        }

        @ParameterizedTest
        @CsvSource({"000", "001", "003", "004"})
        void persianSamplesHaveNoMetadataNorTail(String seed) {
            ParsedText t = parser.parse(SharedSeeds.text(seed));
            assertThat(t.publishedAt()).isNull();
            assertThat(t.sources()).isEmpty();
            assertThat(t.keywords()).isEmpty();
            assertThat(t.appended()).isNull();
        }

        @Test
        void seed000KeepsEveryParagraphEndingInAFullStop() {
            ParsedText t = parser.parse(SharedSeeds.text("000"));
            assertThat(paragraphs(t)).allSatisfy(p -> assertThat(p).endsWith("."));
            assertThat(paragraphs(t).get(1)).startsWith("به گزارش آران نیوز به نقل از ریانووستی، سرگئی لاوروف");
        }
    }

    @Nested
    class SplitTitles {

        @Test
        void titleEndingInAColonIsJoinedWithTheNextShortLine() {
            ParsedText t = parser.parse("\n\n Breaking:\n\nEarthquake shakes Izmir\nA strong earthquake hit the "
                    + "Aegean coast of Turkey on Friday.\n");
            assertThat(t.title()).isEqualTo("Breaking: Earthquake shakes Izmir");
            assertThat(t.body()).isEqualTo("A strong earthquake hit the Aegean coast of Turkey on Friday.");
        }

        @Test
        void twoWordHeadIsJoined() {
            ParsedText t = parser.parse("Macron en visite\n\n\nà Berlin pour parler budget\n\nLe président est arrivé.");
            assertThat(t.title()).isEqualTo("Macron en visite");
            ParsedText u = parser.parse("Wahlen\n\nSPD gewinnt in Brandenburg\n\nDie SPD hat die Wahl gewonnen.");
            assertThat(u.title()).isEqualTo("Wahlen SPD gewinnt in Brandenburg");
        }

        @Test
        void shortTitleIsNotGluedToTheFirstParagraph() {
            ParsedText t = parser.parse("Oil falls\n\nLONDON (Reuters) - Oil prices fell on Monday as supply "
                    + "worries eased.\n\nBrent lost two percent.");
            assertThat(t.title()).isEqualTo("Oil falls");
            assertThat(t.body()).startsWith("LONDON (Reuters) - Oil prices fell");
            assertThat(t.attribution()).isEqualTo(new Attribution("Reuters", null));
        }

        @Test
        void shortTitleIsNotGluedToABylineOrToVerse() {
            ParsedText byline = parser.parse("Derby\n\nJohn Smith - Manchester\nUnited beat City 2-1 at Old Trafford "
                    + "on Sunday.");
            assertThat(byline.title()).isEqualTo("Derby");
            ParsedText verse = parser.parse("Night song\n\nThe night is long\nthe road is dark\nand still we sing");
            assertThat(verse.title()).isEqualTo("Night song");
            assertThat(paragraphs(verse)).hasSize(3);
            ParsedText kicker = parser.parse("Live.. Paris\n\nMarathon day in the city\nThousands of runners "
                    + "crossed the Seine on Sunday.");
            assertThat(kicker.title()).isEqualTo("Live.. Paris");
        }

        @Test
        void shortTitleIsNotGluedToTheOnlyOtherLine() {
            ParsedText t = parser.parse("Lavrov:\nTalks go on");
            assertThat(t.title()).isEqualTo("Lavrov:");
            assertThat(t.body()).isEqualTo("Talks go on");
        }
    }

    @Nested
    class Unwrapping {

        @Test
        void colonAtParagraphEndKeepsTheQuoteAsItsOwnParagraph() {
            ParsedText t = parser.parse("Title of the story\n\nThe minister told reporters in Ankara on Tuesday "
                    + "afternoon the following words:\n\n\"We will not give up.\"");
            assertThat(paragraphs(t)).containsExactly(
                    "The minister told reporters in Ankara on Tuesday afternoon the following words:",
                    "\"We will not give up.\"");
        }

        @Test
        void shortLineWithoutFullStopIsAHeadingNotAWrap() {
            ParsedText t = parser.parse("Title here\n\nThe first paragraph is long enough to set the width of the "
                    + "lines in this text.\n\nMarkets react\n\nShares rose in Frankfurt and Paris on Monday morning.");
            assertThat(paragraphs(t)).containsExactly(
                    "The first paragraph is long enough to set the width of the lines in this text.",
                    "Markets react",
                    "Shares rose in Frankfurt and Paris on Monday morning.");
        }

        @Test
        void commaAtLineEndAlwaysContinues() {
            ParsedText t = parser.parse("Title\n\nIn Madrid,\nthe vote was close.");
            assertThat(t.body()).isEqualTo("In Madrid, the vote was close.");
        }

        @Test
        void hyphenatedLatinWordIsJoinedWithoutSpace() {
            // the hyphen is kept: without a dictionary "long-" / "awaited" and "govern-" / "ments" look alike
            ParsedText t = parser.parse("Title\n\nThe agreement that the two governments had signed was long-\n"
                    + "awaited in Geneva and Bern.");
            assertThat(t.body()).isEqualTo("The agreement that the two governments had signed was long-awaited in "
                    + "Geneva and Bern.");
        }

        @Test
        void listItemsStaySeparate() {
            ParsedText t = parser.parse("Talks in Baku\n\nThe ministers agreed on three points in the talks held in Baku "
                    + "today\n* a ceasefire along the whole border line\n* the exchange of prisoners of war");
            assertThat(paragraphs(t)).hasSize(3);
        }

        @Test
        void urduFullStopEndsASentence() {
            ParsedText t = parser.parse("عنوان\n\nکراچی میں آج شدید بارش ہوئی اور کئی علاقوں میں پانی جمع ہو گیا۔\n\n"
                    + "حکام نے شہریوں کو گھروں میں رہنے کی ہدایت کی۔");
            assertThat(paragraphs(t)).hasSize(2);
        }
    }

    @Nested
    class MetadataAndTails {

        @Test
        void metadataInOtherLanguages() {
            ParsedText t = parser.parse("""
                    Kiev et Moscou échangent des prisonniers
                    Publié le : 14 juillet 2025
                    Source : AFP
                    Mots-clés : Ukraine, Russie, prisonniers

                    Selon l'AFP, les deux pays ont échangé 84 prisonniers.
                    """);
            assertThat(t.publishedAt()).isEqualTo(LocalDate.of(2025, 7, 14));
            assertThat(t.sources()).containsExactly("AFP");
            assertThat(t.keywords()).containsExactly("Ukraine", "Russie", "prisonniers");
            assertThat(t.body()).isEqualTo("Selon l'AFP, les deux pays ont échangé 84 prisonniers.");
            assertThat(t.attribution()).isEqualTo(new Attribution("l'AFP", null));
        }

        @Test
        void persianSolarDateAndTags() {
            ParsedText t = parser.parse("عنوان خبر\nتاریخ انتشار: ۱۱ اسفند ۱۴۰۲\nمنبع: ایرنا\n"
                    + "برچسب‌ها: زلزله، خوی، آذربایجان غربی\n\nزلزله ای به بزرگی ۵ ریشتر خوی را لرزاند.");
            assertThat(t.publishedAt()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(t.sources()).containsExactly("ایرنا");
            assertThat(t.keywords()).containsExactly("زلزله", "خوی", "آذربایجان غربی");
        }

        @Test
        void readAlsoWithInlineHeadline() {
            ParsedText t = parser.parse("Title\n\nFirst paragraph of the story.\n\nRead also: Nigeria votes in "
                    + "state elections\nAbuja - Voters went to the polls.");
            assertThat(t.body()).isEqualTo("First paragraph of the story.");
            assertThat(t.appended()).isEqualTo("Nigeria votes in state elections\nAbuja - Voters went to the polls.");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "اقرأ ايضا", "بیشتر بخوانید:", "Lire aussi :", "Lesen Sie auch", "Читайте также:", "Ayrıca okuyun:",
            "Lea también:", "یہ بھی پڑھیں:", "READ MORE", "Related:",
        })
        void readAlsoMarkersOfEachLanguage(String marker) {
            ParsedText t = parser.parse("Title\n\nThe story itself.\n" + marker + "\nAnother story.");
            assertThat(t.body()).isEqualTo("The story itself.");
            assertThat(t.appended()).isEqualTo("Another story.");
        }

        @Test
        void markerBeforeAnyBodyIsNotATail() {
            ParsedText t = parser.parse("Read more\n\nThe story itself.");
            assertThat(t.title()).isEqualTo("Read more");
            assertThat(t.appended()).isNull();
            assertThat(t.body()).isEqualTo("The story itself.");
        }

        @Test
        void longSentenceStartingWithALabelStaysInTheBody() {
            String sentence = "Source: " + "officials in Warsaw said the talks would go on for weeks ".repeat(5).strip() + ".";
            ParsedText t = parser.parse("Title\n\n" + sentence);
            assertThat(t.sources()).isEmpty();
            assertThat(t.body()).isEqualTo(sentence);
        }
    }

    @Nested
    class Attributions {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', nullValues = "-", value = {
            "نقلا عن وكالة رويترز، قال مسؤولون في بغداد إن المحادثات ستستأنف.|وكالة رويترز|-",
            "وفقا لـ سكاي نيوز عربية، ارتفعت أسعار النفط في دبي.|سكاي نيوز عربية|-",
            "به نقل از ایسنا، زلزله ای تبریز را لرزاند.|ایسنا|-",
            "به گزارش ایرنا و به نقل از روابط عمومی فرودگاه، پروازهای مشهد لغو شد.|ایرنا|روابط عمومی فرودگاه",
            "According to the BBC, polls in Nairobi closed at 5 pm.|the BBC|-",
            "PARIS (AFP) — Le Sénat a adopté le texte mardi.|AFP|-",
            "По данным агентства Интерфакс, в Новосибирске выпал снег.|агентства Интерфакс|-",
            "De acuerdo con Reuters, el peso mexicano cayó.|Reuters|-",
            "The minister said (in Rome) - nothing new.|-|-",
            "Officials in Kabul said on Monday that the road was open.|-|-",
        })
        void leadCreditsAreReadInEachLanguage(String lead, String outlet, String via) {
            ParsedText t = parser.parse("A headline for the story\n\n" + lead);
            assertThat(t.attribution()).isEqualTo(outlet == null ? null : new Attribution(outlet, via));
            assertThat(t.body()).isEqualTo(lead);
        }

        @Test
        void onlyTheFirstParagraphsAreTheLead() {
            ParsedText t = parser.parse("Headline here\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph."
                    + "\n\nAccording to Reuters, a fourth paragraph.");
            assertThat(t.attribution()).isNull();
        }
    }

    @Nested
    class GivenTitle {

        @Test
        void givenTitleIsKeptAndNoBodyLineIsGluedToIt() {
            ParsedText t = parser.parse("Breaking:", "Quake in Chile\n\nA strong earthquake hit Valparaiso on "
                    + "Monday.\nSource: Newsline\nRead also: Copper rises");
            assertThat(t.title()).isEqualTo("Breaking:");
            assertThat(paragraphs(t)).containsExactly("Quake in Chile", "A strong earthquake hit Valparaiso on Monday.");
            assertThat(t.sources()).containsExactly("Newsline");
            assertThat(t.appended()).isEqualTo("Copper rises");
        }

        @Test
        void blankTitleMeansFindItInTheText() {
            ParsedText t = parser.parse("  ", "Title line\n\nBody line.");
            assertThat(t.title()).isEqualTo("Title line");
            assertThat(t.body()).isEqualTo("Body line.");
            assertThat(parser.parse(null, "")).isEqualTo(parser.parse(""));
        }
    }

    @Nested
    class OddInput {

        @Test
        void emptyAndBlank() {
            for (String s : new String[] {"", " ", "\n\n\n", "\r\n \u00a0\t\n", "\ufeff"}) {
                ParsedText t = parser.parse(s);
                assertThat(t.title()).isEmpty();
                assertThat(t.body()).isEmpty();
                assertThat(t.appended()).isNull();
            }
        }

        @Test
        void oneLine() {
            ParsedText t = parser.parse("  just a title  ");
            assertThat(t.title()).isEqualTo("just a title");
            assertThat(t.body()).isEmpty();
        }

        @Test
        void onlyMetadata() {
            ParsedText t = parser.parse("Date: 2024-03-01\nSource: Reuters\nTags: a, b");
            assertThat(t.title()).isEmpty();
            assertThat(t.body()).isEmpty();
            assertThat(t.publishedAt()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(t.sources()).containsExactly("Reuters");
            assertThat(t.keywords()).containsExactly("a", "b");
        }

        @Test
        void tenThousandLines() {
            StringBuilder b = new StringBuilder("A title for a very long article\n\n");
            for (int i = 0; i < 10_000; i++) {
                b.append(i % 3 == 0 ? "" : "line " + i + " of a very long article without any full stop at all")
                        .append(i % 7 == 0 ? "\r\n" : "\n");
            }
            ParsedText t = parser.parse(b.toString());
            assertThat(t.title()).isEqualTo("A title for a very long article");
            assertThat(t.body()).contains("line 9998").startsWith("line 1 of");
        }

        @Test
        void crlfTabsAndControlCharacters() {
            ParsedText t = parser.parse("Title\r\n\r\nBody\twith\u0007odd   spacing.\r\n");
            assertThat(t.title()).isEqualTo("Title");
            assertThat(t.body()).isEqualTo("Body with odd spacing.");
        }

        @Test
        void punctuationOnly() {
            ParsedText t = parser.parse(":\n:\n:\n-\n*\n»");
            assertThat(t.title()).isEqualTo(":");
            assertThat(t.body()).isNotNull();
        }
    }
}
