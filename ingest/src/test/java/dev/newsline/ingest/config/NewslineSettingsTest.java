package dev.newsline.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.ingest.config.NewslineSettings.TagRouting;
import dev.newsline.ingest.config.NewslineSettings.TopicCreation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewslineSettingsTest {

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        NewslineSettings s = NewslineSettings.defaults();
        assertThat(s.partitions()).isEqualTo(3);
        assertThat(s.replicationFactor()).isEqualTo((short) -1);
        assertThat(s.maxArticleBytes()).isEqualTo(512 * 1024);
        assertThat(s.languages()).containsExactly("ar", "fa", "en", "fr", "de", "es", "ru", "tr", "ur");
        assertThat(s.dedupWindow()).isEqualTo(Duration.ofDays(7));
        assertThat(s.routeTags()).isEqualTo(TagRouting.PRIMARY);
        assertThat(s.routeTopics()).isEqualTo(TopicCreation.CREATE);
        assertThat(s.routeRefresh()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void valuesAreParsedAndTyped() {
        NewslineSettings s = NewslineSettings.from(props("newsline.topic.partitions", " 12 ",
                "newsline.languages", "AR, fa,,en", "newsline.dedup.window", "pt12h",
                "newsline.dedup.min.similarity", "0.6", "newsline.route.tags", "OFF",
                "newsline.route.topics", "existing", "newsline.route.refresh", "PT5S", "num.stream.threads", "4"));
        assertThat(s.partitions()).isEqualTo(12);
        assertThat(s.languages()).containsExactly("ar", "fa", "en");
        assertThat(s.dedupWindow()).isEqualTo(Duration.ofHours(12));
        assertThat(s.dedupMinSimilarity()).isEqualTo(0.6);
        assertThat(s.routeTags()).isEqualTo(TagRouting.OFF);
        assertThat(s.routeTopics()).isEqualTo(TopicCreation.EXISTING);
        assertThat(s.routeRefresh()).isEqualTo(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "newsline.topic.partitions|0|an integer from 1 to 10000",
            "newsline.topic.partitions|three|an integer from 1 to 10000",
            "newsline.topic.replication.factor|0|-1 (the broker's default)",
            "newsline.max.article.bytes|99999999|an integer from 1024 to",
            "newsline.languages|arabic|ISO 639-1",
            "newsline.dedup.window|7 days|ISO-8601 duration",
            "newsline.dedup.window|PT0.5S|ISO-8601 duration",
            "newsline.dedup.min.similarity|1.5|a number from 0.05 to 1.0",
            "newsline.dedup.min.similarity|NaN|a number from 0.05 to 1.0",
            "newsline.route.tags|some|primary, all or off",
            "newsline.route.topics|maybe|create or existing",
            "newsline.route.refresh|PT0.5S|an ISO-8601 duration from PT1S to P1D",
            "newsline.geonames.dir|/no/such/folder|auto, off, or a folder holding GeoNames' cities15000.txt"})
    void badValuesGiveOneLineSayingWhatIsAccepted(String key, String value, String expected) {
        assertThatThrownBy(() -> NewslineSettings.from(props(key, value)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(key + "=" + value + " is not valid: expected")
                .hasMessageContaining(expected)
                .hasMessageNotContaining("\n");
    }

    @Test
    void theGeoNamesFolderIsOffOrAFolderHoldingBothFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        assertThat(NewslineSettings.from(props("newsline.geonames.dir", "off")).geonamesDir()).isEmpty();
        assertThatThrownBy(() -> NewslineSettings.from(props("newsline.geonames.dir", dir.toString())))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("cities15000.txt");
        Files.writeString(dir.resolve("cities15000.txt"), "");
        Files.writeString(dir.resolve("admin1CodesASCII.txt"), "");
        assertThat(NewslineSettings.from(props("newsline.geonames.dir", dir.toString())).geonamesDir()).contains(dir);
    }

    @Test
    void theSourceCountryIsAnIsoCodeInAnyCaseOrNone() {
        assertThat(SettingKeys.SOURCE_COUNTRY.read(props("newsline.source.country", " sa "))).contains("SA");
        assertThat(SettingKeys.SOURCE_COUNTRY.read(new Properties())).isEmpty();
        for (String bad : List.of("Saudi", "XX", "SAU")) {
            assertThatThrownBy(() -> SettingKeys.SOURCE_COUNTRY.read(props("newsline.source.country", bad)))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageStartingWith("newsline.source.country=" + bad + " is not valid: expected")
                    .hasMessageContaining("an ISO 3166-1 alpha-2 code").hasMessageNotContaining("\n");
        }
    }

    @Test
    void anUnknownNewslineKeyIsAnError() {
        assertThatThrownBy(() -> NewslineSettings.from(props("newsline.dedup.windw", "P1D")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("unknown setting newsline.dedup.windw")
                .hasMessageContaining("newsline.dedup.window");
    }

    @Test
    void everyKeyIsInTheDocumentedSettingsTable() throws IOException {
        Path root = Path.of(System.getProperty("newsline.repo.root", "..")).toAbsolutePath().normalize();
        String docs = Files.readString(root.resolve("docs/architecture.md"), StandardCharsets.UTF_8);
        for (SettingKey<?> key : SettingKeys.ALL) {
            assertThat(docs).as("docs/architecture.md documents " + key.name())
                    .contains("| `" + key.name() + "` | " + key.defaultValue() + " |");
        }
        List<String> documented = docs.lines().filter(l -> l.startsWith("| `newsline."))
                .map(l -> l.substring(3, l.indexOf('`', 3))).toList();
        assertThat(documented).containsExactlyElementsOf(SettingKeys.ALL.stream().map(SettingKey::name).toList());
    }
}
