package dev.newsline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsline.ingest.model.Attribution;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.model.ParsedText;
import dev.newsline.ingest.read.RawArticleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The project's own sample articles in {@code seeds/}: what the parser must read out of each. */
class ProjectSeedsTest {

    private final RawTextParser parser = new RawTextParser();

    private static Path seeds() {
        Path root = Path.of(System.getProperty("newsline.repo.root", ".")).toAbsolutePath().normalize();
        Path dir = Files.isDirectory(root.resolve("seeds")) ? root.resolve("seeds") : root.resolveSibling("seeds");
        assumeTrue(Files.isDirectory(dir), "project seeds/ not found from " + root + ": skipping");
        return dir;
    }

    private static String read(String name) throws IOException {
        return Files.readString(seeds().resolve(name), StandardCharsets.UTF_8);
    }

    record Expected(String file, String title, LocalDate date, List<String> sources, List<String> keywords,
                    Attribution attribution, int paragraphs, String appendedStart, String rejoined) {
    }

    static Stream<Arguments> textSeeds() {
        return Stream.of(
            new Expected("en-01-earthquake-eastern-turkey.txt", "Breaking: Strong earthquake shakes eastern Turkey",
                LocalDate.of(2025, 3, 4), List.of("Newsline wire desk"), List.of("Turkey", "earthquake", "Malatya", "AFAD"),
                new Attribution("Reuters", null), 3, "Oil edges higher as OPEC+ ministers meet in Vienna",
                "damaging old buildings and sending residents"),
            new Expected("fr-01-presidentielle-senegal.txt", "Présidentielle au Sénégal : les bureaux de vote ferment à Dakar",
                LocalDate.of(2024, 3, 24), List.of("Agence Newsline"), List.of("Sénégal", "élection présidentielle", "Dakar", "CENA"),
                new Attribution("l'agence APS", null), 3, "Ligue 1 : Lyon s'impose à Marseille",
                "second tour aurait lieu le 21 avril prochain."),
            new Expected("de-01-haushalt-berlin.txt", "Haushaltsstreit: Koalition in Berlin einigt sich auf Eckpunkte",
                LocalDate.of(2024, 7, 5), List.of("dpa"), List.of("Bundestag", "Haushalt", "Berlin", "Schuldenbremse"),
                new Attribution("die Nachrichtenagentur dpa", null), 4, "Bundesliga: Bayern München verpflichtet",
                "im Kanzleramt auf die Eckpunkte des Bundeshaushalts"),
            new Expected("es-01-cobre-chile.txt", "El cobre sube a máximos de dos años y Chile celebra",
                LocalDate.of(2024, 6, 12), List.of("EFE"), List.of("Chile", "cobre", "mercados", "Codelco"),
                new Attribution("la agencia EFE", null), 4, "El Real Madrid gana la Liga por trigésima sexta vez",
                "su yacimiento de Chuquicamata para recuperar producción."),
            new Expected("ru-01-peregovory-pekin.txt", "Россия и Китай договорились расширить торговлю в национальных валютах",
                LocalDate.of(2024, 5, 16), List.of("ТАСС"), List.of("Россия", "Китай", "Пекин", "торговля"),
                new Attribution("ТАСС", null), 3, "В Казани завершился чемпионат по плаванию",
                "подписали более десяти документов"),
            new Expected("tr-01-istanbul-derbisi.txt", "Derbi: Galatasaray Kadıköy'de Fenerbahçe'yi 1-0 yendi",
                LocalDate.of(2024, 5, 19), List.of("Anadolu Ajansı"), List.of("Galatasaray", "Fenerbahçe", "İstanbul", "Süper Lig"),
                new Attribution("Anadolu Ajansı", null), 3, "Ankara'da enflasyon beklentisi yükseldi",
                "deplasmanda tek golle mağlup etti"),
            new Expected("ar-01-mohadathat-alqahira.txt", "مصر وقطر تبحثان في القاهرة سبل دعم الاستقرار في السودان",
                LocalDate.of(2024, 5, 15), List.of("وكالة أنباء الشرق الأوسط", "Newsline"),
                List.of("مصر", "قطر", "السودان", "القاهرة", "الدوحة"),
                new Attribution("وكالة أنباء الشرق الاوسط", null), 3, "المغرب يفوز على زامبيا في تصفيات كأس العالم",
                "وتنسيق المواقف مع الاتحاد الافريقي"),
            new Expected("ar-02-zilzal-almaghrib.txt", "عاجل: زلزال بقوة ٥٫٨ درجات يضرب شمال المغرب",
                LocalDate.of(2024, 9, 7), List.of(), List.of("المغرب", "الحسيمة", "زلزال"),
                new Attribution("رويترز", null), 2, "ارتفاع أسعار الذهب في أسواق دبي",
                "لإيواء الأسر التي فضلت قضاء الليل خارج منازلها."),
            new Expected("fa-01-tehran-baku.txt", "سفر وزیر خارجه ایران به باكو برای گفتگو درباره کریدور ارس",
                LocalDate.of(2024, 5, 1), List.of("ایرنا"), List.of("ایران", "آذربایجان", "باکو", "کریدور ارس"),
                new Attribution("خبرگزاری ایرنا", null), 3, "پیروزی سپاهان در شهرآورد اصفهان",
                "درباره وضعیت قره باغ و امنیت مرزها"),
            new Expected("ur-01-karachi-barish.txt", "کراچی میں موسلا دھار بارش، کئی علاقے زیر آب",
                LocalDate.of(2024, 7, 28), List.of("اے پی پی"), List.of("کراچی", "بارش", "سندھ", "موسم"),
                new Attribution("خبر رساں ادارے اے پی پی", null), 2, "لاہور میں کرکٹ میچ بارش کی نذر",
                "بجلی کی فراہمی متاثر ہوئی۔")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textSeeds")
    void textSeedParsesAsWritten(Expected e) throws IOException {
        ParsedText t = parser.parse(read(e.file()));
        List<String> paragraphs = Arrays.asList(t.body().split("\n\n"));
        assertThat(t.title()).isEqualTo(e.title());
        assertThat(t.publishedAt()).isEqualTo(e.date());
        assertThat(t.sources()).containsExactlyElementsOf(e.sources());
        assertThat(t.keywords()).containsExactlyElementsOf(e.keywords());
        assertThat(t.attribution()).isEqualTo(e.attribution());
        assertThat(paragraphs).hasSize(e.paragraphs());
        assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains(e.rejoined()));
        assertThat(t.appended()).startsWith(e.appendedStart());
        assertThat(t.body()).doesNotContain(e.appendedStart()).doesNotContain("\n\n\n");
        for (String keyword : e.keywords()) {
            assertThat(paragraphs).noneSatisfy(p -> assertThat(p).endsWith(keyword));
        }
    }

    @Test
    void everyTextSeedIsCovered() throws IOException {
        try (Stream<Path> files = Files.list(seeds())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted())
                    .containsExactlyElementsOf(textSeeds().map(a -> ((Expected) a.get()[0]).file()).sorted().toList());
        }
    }

    @Test
    void jsonSeedsReadThroughTheReader() throws IOException {
        RawArticleReader reader = new RawArticleReader(1 << 20);
        Origin origin = new Origin("news.raw", 0, 0, 0);

        ParsedArticle mexico = reader.read(read("json-01-en-mexico-election.json").getBytes(StandardCharsets.UTF_8),
                Map.of(), origin);
        assertThat(mexico.format()).isEqualTo("json");
        assertThat(mexico.title()).isEqualTo("Mexico votes for a new president");
        assertThat(mexico.publishedAt()).isEqualTo(Instant.parse("2024-06-02T20:30:00Z"));
        assertThat(mexico.body()).contains("Oaxaca opening on time").doesNotContain("Source:", "Peso");
        assertThat(mexico.sources()).containsExactly("AP");
        assertThat(mexico.text().appended()).isEqualTo("Peso steadies against the dollar in New York trading");
        assertThat(mexico.text().attribution()).isEqualTo(new Attribution("AP", null));

        ParsedArticle athens = reader.read(read("json-02-fr-incendie-grece.json").getBytes(StandardCharsets.UTF_8),
                Map.of(), origin);
        assertThat(athens.publishedAt()).isEqualTo(Instant.parse("2024-08-11T16:05:00Z"));
        assertThat(athens.text().keywords()).containsExactly("Grèce", "Athènes", "incendies");
        assertThat(athens.text().attribution()).isEqualTo(new Attribution("les pompiers grecs", null));

        ParsedArticle riyadh = reader.read(read("json-03-ar-riyadh-football.json").getBytes(StandardCharsets.UTF_8),
                Map.of(), origin);
        assertThat(riyadh.publishedAt()).isEqualTo(Instant.ofEpochMilli(1_715_360_400_000L));
        assertThat(riyadh.url()).isNull();
        assertThat(riyadh.body().split("\n\n")).hasSize(2);
        assertThat(riyadh.text().keywords()).containsExactly("الهلال", "الرياض", "الدوري السعودي");
    }
}
