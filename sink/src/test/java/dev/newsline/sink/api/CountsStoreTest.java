package dev.newsline.sink.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.sink.count.CountDimension;
import dev.newsline.sink.count.CountWindow;
import dev.newsline.sink.count.Tally;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Counts on TopologyTestDriver, through the whole topology and read back as the API reads them: windows by event
 * time, copies counted apart from originals, filters, and the grace period.
 */
class CountsStoreTest {

    private static final String TITLE = "Armenia's parliament passes new election law in Yerevan";
    private static final String BODY = "YEREVAN, Armenia - Armenia's parliament on Tuesday passed a new election law. "
            + "Armenian lawmakers voted 71 to 30 after a long debate in Yerevan, the parliament said. "
            + "The government of Armenia says the law brings the vote count closer to European standards. "
            + SinkStateDriver.words(1, 80);

    @Test
    void countsEachArticleInItsEventTimeWindowsWithCopiesApart() {
        Properties settings = new Properties();
        settings.put("newsline.counts.grace", "P30D");
        try (SinkStateDriver driver = new SinkStateDriver(settings)) {
            // Given an article at 10:15, an exact copy of it at 10:40 and another article at 12:30 the same day
            driver.send("a-1", "https://example.org/a1", TITLE, BODY, Instant.parse("2025-03-04T10:15:00Z"));
            driver.send("a-1-copy", "https://example.net/a1-copy", TITLE, BODY, Instant.parse("2025-03-04T10:40:00Z"));
            driver.send("b-1", "https://example.org/b1", "Harbour festival in the coastal village",
                    SinkStateDriver.words(2, 120), Instant.parse("2025-03-04T12:30:00Z"));
            List<EnrichedArticle> originals = driver.enriched();
            assertThat(originals).extracting(EnrichedArticle::id).containsExactly("a-1", "b-1");
            assertThat(driver.duplicates()).hasSize(1);
            EnrichedArticle a = originals.get(0);
            String lang = a.language().code();
            String country = a.countries().stream().filter(c -> c.primary()).findFirst().orElseThrow().code();
            assertThat(country).isEqualTo("AM");
            LocalState state = new LocalState(driver);

            // When the counts by language in 1-hour windows of that day are read
            Map<Instant, Map<String, Tally>> hourly = buckets(state, CountDimension.LANGUAGE, CountWindow.HOUR,
                    new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty()));

            // Then the article and its copy are in the 10:00 window apart, the other article alone at 12:00
            assertThat(hourly).containsOnlyKeys(Instant.parse("2025-03-04T10:00:00Z"),
                    Instant.parse("2025-03-04T12:00:00Z"));
            assertThat(hourly.get(Instant.parse("2025-03-04T10:00:00Z"))).containsEntry(lang, new Tally(1, 1));
            String otherLang = originals.get(1).language().code();
            assertThat(hourly.get(Instant.parse("2025-03-04T12:00:00Z"))).containsOnlyKeys(otherLang)
                    .containsEntry(otherLang, new Tally(1, 0));
            // and the 1-day window has all three
            Map<Instant, Map<String, Tally>> daily = buckets(state, CountDimension.LANGUAGE, CountWindow.DAY,
                    new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty()));
            Tally day = daily.get(Instant.parse("2025-03-04T00:00:00Z")).values().stream()
                    .reduce(Tally.zero(), Tally::plus);
            assertThat(day).isEqualTo(new Tally(2, 1));

            // and a country filter keeps only the Armenian article and its copy
            Map<Instant, Map<String, Tally>> armenia = buckets(state, CountDimension.LANGUAGE, CountWindow.DAY,
                    new ArticleFilter(Optional.of("AM"), Optional.empty(), Optional.empty()));
            assertThat(armenia.get(Instant.parse("2025-03-04T00:00:00Z"))).containsOnlyKeys(lang)
                    .containsEntry(lang, new Tally(1, 1));
            // and counting by country with that filter gives the AM bucket only, each article once
            Map<Instant, Map<String, Tally>> byCountry = buckets(state, CountDimension.COUNTRY, CountWindow.DAY,
                    new ArticleFilter(Optional.of("AM"), Optional.empty(), Optional.empty()));
            assertThat(byCountry.get(Instant.parse("2025-03-04T00:00:00Z"))).containsOnlyKeys("AM")
                    .containsEntry("AM", new Tally(1, 1));
            // and by source every article is counted once under its source
            Map<Instant, Map<String, Tally>> bySource = buckets(state, CountDimension.SOURCE, CountWindow.DAY,
                    new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty()));
            assertThat(bySource.get(Instant.parse("2025-03-04T00:00:00Z")))
                    .containsOnlyKeys("test wire").containsEntry("test wire", new Tally(2, 1));
        }
    }

    @Test
    void leavesOutArticlesThatComeAfterTheirWindowsGracePeriod() {
        Properties settings = new Properties();
        settings.put("newsline.counts.grace", "PT1H");
        try (SinkStateDriver driver = new SinkStateDriver(settings)) {
            // Given an article at 12:00 (the newest event time), then one at 10:30 and one at 11:30
            driver.send("c", null, "Winter train to the northern valley", SinkStateDriver.words(3, 120),
                    Instant.parse("2025-03-05T12:00:00Z"));
            driver.send("d", null, "Library opened in the old harbour", SinkStateDriver.words(4, 120),
                    Instant.parse("2025-03-05T10:30:00Z"));
            driver.send("e", null, "Orchestra welcomed at the mountain museum", SinkStateDriver.words(5, 120),
                    Instant.parse("2025-03-05T11:30:00Z"));
            assertThat(driver.enriched()).hasSize(3);
            LocalState state = new LocalState(driver);
            ArticleFilter all = new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty());

            // When the hourly and daily counts are read
            Map<Instant, Map<String, Tally>> hourly = buckets(state, CountDimension.SOURCE, CountWindow.HOUR, all);
            Map<Instant, Map<String, Tally>> daily = buckets(state, CountDimension.SOURCE, CountWindow.DAY, all);

            // Then the 10:00 window had closed (ended 11:00, grace to 12:00) and the 11:00 one had not
            assertThat(hourly).containsOnlyKeys(Instant.parse("2025-03-05T11:00:00Z"),
                    Instant.parse("2025-03-05T12:00:00Z"));
            assertThat(hourly.get(Instant.parse("2025-03-05T11:00:00Z"))).containsEntry("test wire", new Tally(1, 0));
            // and the day's window, still open, has all three
            assertThat(daily.get(Instant.parse("2025-03-05T00:00:00Z"))).containsEntry("test wire", new Tally(3, 0));
        }
    }

    private static Map<Instant, Map<String, Tally>> buckets(LocalState state, CountDimension by, CountWindow window,
                                                            ArticleFilter filter) {
        CountsQuery q = new CountsQuery(by, window, Optional.of(Instant.parse("2025-03-01T00:00:00Z")),
                Optional.of(Instant.parse("2025-03-08T00:00:00Z")), filter);
        Map<Instant, Map<String, Tally>> out = new java.util.TreeMap<>();
        state.counts(q).buckets().forEach(b -> out.put(b.start(), b.counts()));
        return out;
    }
}
