package dev.newsline.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleOutcomeTest {

    @Test
    void aLooseFileIsFoundByItsPathAndAnArchivedOneByTheArchiveThenTheEntry() {
        assertThat(new ArticleOutcome("/in/news/a.txt", 0, "news/a.txt", 10, 0, 1, null, false).where())
                .isEqualTo("/in/news/a.txt");
        assertThat(new ArticleOutcome("/in/seeds.zip", 3, "zz/b.txt", 10, 0, 2, null, false).where())
                .isEqualTo("/in/seeds.zip → zz/b.txt");
    }

    @Test
    void eachOutcomeSaysWhatBecameOfTheArticleInOneLine() {
        assertThat(new ArticleOutcome("/in/a.txt", 0, "a.txt", 1234, 0, 17, null, false).describe())
                .isEqualTo("sent a.txt: 1234 bytes (1.2 KiB) to news.raw partition 0 offset 17");
        assertThat(new ArticleOutcome("/in/x.zip", 1, "../x.txt", 5, -1, -1, "an unsafe path", false).describe())
                .isEqualTo("skipped ../x.txt: an unsafe path");
        assertThat(new ArticleOutcome("/in/x.warc.gz", -1, "x.warc.gz", -1, -1, -1, "cut short", true).describe())
                .isEqualTo("failed x.warc.gz: cut short");
    }
}
