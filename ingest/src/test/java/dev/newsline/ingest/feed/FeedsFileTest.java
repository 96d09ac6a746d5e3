package dev.newsline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsFileTest {

    @Test
    void readsFeedsWithOptionalHintsSkippingCommentsAndBlankLines() throws Exception {
        List<FeedSource> feeds = FeedsFile.parse("feeds.tsv", List.of(
                "# feeds for the test",
                "url\tname\tlanguage\tcountry",
                "",
                "https://news.example/rss\tExample World\ten\tgb",
                "http://feeds.example/atom.xml\tAtom only",
                "https://tr.example/feed\tHaber\tTR\t"));

        assertThat(feeds).containsExactly(
                new FeedSource(URI.create("https://news.example/rss"), "Example World", Optional.of("en"), Optional.of("GB")),
                new FeedSource(URI.create("http://feeds.example/atom.xml"), "Atom only", Optional.empty(), Optional.empty()),
                new FeedSource(URI.create("https://tr.example/feed"), "Haber", Optional.of("tr"), Optional.empty()));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
        assertThat(FeedsFile.parse("f", List.of("\uFEFFurl\tname", "https://a.example/rss\tA")))
                .extracting(FeedSource::name).containsExactly("A");
    }

    @Test
    void eachMistakeNamesItsLine() {
        String header = "url\tname\tlanguage\tcountry";
        assertThatThrownBy(() -> FeedsFile.parse("f", List.of("https://a.example/rss\tA")))
                .hasMessage("f line 1: expected the header line 'url<TAB>name<TAB>language<TAB>country'");
        assertThatThrownBy(() -> FeedsFile.parse("f", List.of(header, "ftp://a.example/rss\tA")))
                .hasMessage("f line 2: 'ftp://a.example/rss' is not an http or https URL");
        assertThatThrownBy(() -> FeedsFile.parse("f", List.of(header, "https://a.example/rss")))
                .hasMessageStartingWith("f line 2: expected 2 to 4 tab-separated columns");
        assertThatThrownBy(() -> FeedsFile.parse("f", List.of(header, "https://a.example/rss\tA\tenglish")))
                .hasMessage("f line 2: the language 'english' is not an ISO 639-1 code such as en");
        assertThatThrownBy(() -> FeedsFile.parse("f", List.of(header, "https://a.example/rss\tA\ten\tTUR")))
                .hasMessage("f line 2: the country 'TUR' is not an ISO 3166-1 alpha-2 code such as TR");
        assertThatThrownBy(() -> FeedsFile.parse("f", List.of(header, "https://a.example/1\tA", "https://a.example/2\tA")))
                .hasMessage("f line 3: the name 'A' is used by an earlier feed");
        assertThatThrownBy(() -> FeedsFile.parse("f", List.of(header)))
                .hasMessageStartingWith("f lists no feed");
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        Path missing = dir.resolve("nope.tsv");
        assertThatThrownBy(() -> FeedsFile.read(missing))
                .isInstanceOf(FeedsFileException.class)
                .hasMessage("feeds file not found: " + missing + " (check --feeds)");
    }
}
