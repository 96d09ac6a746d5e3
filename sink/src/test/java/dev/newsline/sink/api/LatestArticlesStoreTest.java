package dev.newsline.sink.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.sink.latest.ArticleSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The latest-articles store on TopologyTestDriver, read back as the API reads it: newest first by event time, copies
 * folded under their original, bounded (the oldest by event time go first), filters and search.
 */
class LatestArticlesStoreTest {

    private static final ArticleFilter ALL = new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty());

    @Test
    void listsOriginalsNewestFirstWithTheirCopiesFoldedUnderThem() {
        try (SinkStateDriver driver = new SinkStateDriver(new Properties())) {
            // Given three articles sent out of event-time order, and an exact copy of the middle one
            String body = SinkStateDriver.words(10, 120);
            driver.send("mid", "https://example.org/mid", "Bridge repaired in the river valley", body,
                    Instant.parse("2025-05-02T09:00:00Z"));
            driver.send("new", "https://example.org/new", "Stadium opened on the island", SinkStateDriver.words(11, 120),
                    Instant.parse("2025-05-03T09:00:00Z"));
            driver.send("old", "https://example.org/old", "Glacier measured by the northern council",
                    SinkStateDriver.words(12, 120), Instant.parse("2025-05-01T09:00:00Z"));
            driver.send("mid-copy", "https://example.net/mid-copy", "Bridge repaired in the river valley", body,
                    Instant.parse("2025-05-02T11:00:00Z"));
            // and the newest one delivered again under the same id
            driver.send("new", "https://example.org/new", "Stadium opened on the island", SinkStateDriver.words(11, 120),
                    Instant.parse("2025-05-03T09:00:00Z"));
            assertThat(driver.enriched()).hasSize(3);
            assertThat(driver.duplicates()).hasSize(2);
            LocalState state = new LocalState(driver);

            // When the list is read
            List<Listed> listed = state.articles(new ArticlesQuery(ALL, Optional.empty(), 50));

            // Then it has the originals newest first, the copy not on its own but counted under its original
            assertThat(listed).extracting(l -> l.summary().id()).containsExactly("new", "mid", "old");
            assertThat(listed.get(1).duplicates().count()).isEqualTo(1);
            assertThat(listed.get(1).duplicates().ids()).containsExactly("mid-copy");
            // and the copy with the same id as its original counts under it too
            assertThat(listed.get(0).duplicates().count()).isEqualTo(1);
            assertThat(listed.get(0).duplicates().ids()).containsExactly("new");
            assertThat(state.article("new").orElseThrow().duplicateOf()).isNull();
            // and the copy's own record says what it copies
            ArticleDetail copy = state.article("mid-copy").orElseThrow();
            assertThat(copy.duplicateOf()).isEqualTo("mid");
            assertThat(copy.method()).isEqualTo("exact-content");
            // and the original's full record is the one on news.enriched, with its copies
            ArticleDetail mid = state.article("mid").orElseThrow();
            assertThat(mid.article().body()).isEqualTo(body);
            assertThat(mid.duplicates().ids()).containsExactly("mid-copy");
            // and a search finds words of the body, ignoring case; a limit cuts the oldest
            assertThat(state.articles(new ArticlesQuery(ALL, Optional.of("GLACIER MEASURED"), 50)))
                    .extracting(l -> l.summary().id()).containsExactly("old");
            assertThat(state.articles(new ArticlesQuery(ALL, Optional.empty(), 2)))
                    .extracting(l -> l.summary().id()).containsExactly("new", "mid");
            assertThat(state.article("nothing-like-it")).isEmpty();
        }
    }

    @Test
    void foldsACopyOfACopyUnderTheOriginal() {
        try (SinkStateDriver driver = new SinkStateDriver(new Properties())) {
            // Given an article, a copy of it under another id, and a later article with that copy's id
            String body = SinkStateDriver.words(30, 120);
            driver.send("chain-x", null, "Canyon measured by the southern council", body,
                    Instant.parse("2025-05-02T09:00:00Z"));
            driver.send("chain-y", null, "Canyon measured by the southern council", body,
                    Instant.parse("2025-05-02T10:00:00Z"));
            driver.send("chain-y", null, "Volcano visited by the western painter", SinkStateDriver.words(31, 120),
                    Instant.parse("2025-05-02T11:00:00Z"));
            assertThat(driver.enriched()).hasSize(1);
            List<com.fasterxml.jackson.databind.JsonNode> copies = driver.duplicates().stream().map(json -> {
                try {
                    return dev.newsline.ingest.serde.JsonMapper.get().readTree(json);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(copies).extracting(c -> c.path("duplicate_of").asText()).containsExactly("chain-x", "chain-y");
            LocalState state = new LocalState(driver);

            // When the list is read and copies of copies are folded in
            List<Listed> listed = CopyChains.fold(state.articles(new ArticlesQuery(ALL, Optional.empty(), 50)),
                    state::copies);

            // Then the original carries both copies
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).summary().id()).isEqualTo("chain-x");
            assertThat(listed.get(0).duplicates().count()).isEqualTo(2);
            assertThat(listed.get(0).duplicates().ids()).containsExactly("chain-y", "chain-y");
        }
    }

    @Test
    void keepsOnlyTheNewestArticlesByEventTime() {
        Properties settings = new Properties();
        settings.put("newsline.latest.articles", "10");
        try (SinkStateDriver driver = new SinkStateDriver(settings)) {
            // Given 12 different articles, one a day, sent in a shuffled order
            List<Integer> days = List.of(5, 1, 12, 7, 3, 9, 2, 11, 4, 8, 6, 10);
            for (int day : days) {
                driver.send("day-" + day, "https://example.org/" + day, "Day " + day + " at the market",
                        SinkStateDriver.words(100 + day, 120), Instant.parse("2025-06-01T08:00:00Z").plusSeconds(86_400L * day));
            }
            assertThat(driver.enriched()).hasSize(12);
            LocalState state = new LocalState(driver);

            // When the list is read
            List<Listed> listed = state.articles(new ArticlesQuery(ALL, Optional.empty(), 50));

            // Then the store kept the 10 newest by event time, not the last 10 sent
            assertThat(listed).extracting(l -> l.summary().id())
                    .containsExactly("day-12", "day-11", "day-10", "day-9", "day-8", "day-7", "day-6", "day-5",
                            "day-4", "day-3");
            assertThat(state.article("day-1")).isEmpty();
            assertThat(state.article("day-2")).isEmpty();
            assertThat(state.newest()).contains(Instant.parse("2025-06-01T08:00:00Z").plusSeconds(86_400L * 12));
        }
    }

    @Test
    void filtersByPrimaryCountryAndLanguage() {
        try (SinkStateDriver driver = new SinkStateDriver(new Properties())) {
            // Given an article about Armenia and one about nowhere in particular
            driver.send("am", null, "Armenia's parliament passes new election law in Yerevan",
                    "YEREVAN, Armenia - Armenia's parliament passed a new election law, Armenian lawmakers said. "
                            + SinkStateDriver.words(20, 60), Instant.parse("2025-05-02T09:00:00Z"));
            driver.send("none", null, "Bakery welcomed in the quiet village", SinkStateDriver.words(21, 120),
                    Instant.parse("2025-05-03T09:00:00Z"));
            List<EnrichedArticle> out = driver.enriched();
            LocalState state = new LocalState(driver);
            String lang = out.get(0).language().code();

            // When lists are read with a country filter, and a language filter
            List<Listed> armenia = state.articles(new ArticlesQuery(
                    new ArticleFilter(Optional.of("AM"), Optional.empty(), Optional.empty()), Optional.empty(), 50));
            List<Listed> inLang = state.articles(new ArticlesQuery(
                    new ArticleFilter(Optional.empty(), Optional.empty(), Optional.of(lang)), Optional.empty(), 50));

            // Then only the Armenian article is listed for AM, with its tags
            assertThat(armenia).extracting(l -> l.summary().id()).containsExactly("am");
            assertThat(armenia.get(0).summary().countries()).extracting(ArticleSummary.CountryRef::code).contains("AM");
            // and the language filter lists exactly the articles detected in that language
            assertThat(inLang).extracting(l -> l.summary().id()).containsExactlyElementsOf(out.stream()
                    .filter(a -> a.language().code().equals(lang)).map(EnrichedArticle::id)
                    .sorted(java.util.Comparator.reverseOrder()).toList());
        }
    }
}
