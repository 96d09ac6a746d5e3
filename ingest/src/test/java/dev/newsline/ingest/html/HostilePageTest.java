package dev.newsline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newsline.ingest.limit.InputLimits;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.read.RawArticleReader;
import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Pages built to cost work: each either gives its article or is rejected with a reason, through the same reader as
 * every record, at the largest article size the settings allow (2 MiB). The bounds are shown by what was built
 * (depth, nodes), not by timing.
 */
class HostilePageTest {

    private static final int MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
    private static final String ARTICLE = "<p>The harbour board met on Monday and agreed, after a long debate, to"
            + " rebuild the north quay before the winter storms arrive.</p>";
    private static final String HEAD = "<html><head><title>Quay</title></head><body>";
    private static final Map<String, String> HTML = Map.of("content-type", "text/html");

    private final RawArticleReader reader = new RawArticleReader(MAX_ARTICLE_BYTES);

    @Test
    void deepNestingWithinTheTagLimitIsFlattenedAtTheDepthLimit() {
        int depth = InputLimits.MAX_HTML_TAGS - 10;
        String page = HEAD + "<div>".repeat(depth) + ARTICLE + "</div>".repeat(depth) + "</body></html>";

        Document parsed = PageParser.parse(page, "");
        ParsedArticle article = reader.read(bytes(page), HTML, origin());

        assertThat(depthOf(parsed)).isLessThanOrEqualTo(InputLimits.MAX_HTML_DEPTH + 1);
        assertThat(article.body()).startsWith("The harbour board met on Monday");
        assertThat(article.format()).isEqualTo("html");
    }

    @Test
    void aHundredThousandNestedElementsOrAMillionTinyTagsAreRejectedBeforeAnyNodeIsBuilt() {
        String deep = "<html><body>" + "<div>".repeat(100_000) + ARTICLE + "</div>".repeat(100_000) + "</body></html>";
        String tiny = "<html><body>" + ARTICLE + "<b>".repeat(650_000) + "</body></html>";
        assertThat(tiny.length()).isLessThan(MAX_ARTICLE_BYTES);

        for (String page : new String[] {deep, tiny}) {
            InputRejectedException e = catchThrowableOfType(InputRejectedException.class,
                    () -> reader.read(bytes(page), HTML, origin()));

            assertThat(e.rejection().reason()).isEqualTo(RejectReason.TOO_COMPLEX);
            assertThat(e.getMessage()).contains("more than " + InputLimits.MAX_HTML_TAGS + " tags");
        }
    }

    @Test
    void aHugeAttributeDoesNotHideTheArticle() {
        String hugeClass = "x-".repeat(700_000);
        String page = HEAD + "<div class=\"" + hugeClass + "\" style=\"" + "color:red;".repeat(30_000)
                + "\">" + ARTICLE + ARTICLE + "</div></body></html>";

        ParsedArticle article = reader.read(bytes(page), HTML, origin());

        assertThat(article.body().split("\n\n")).hasSize(2);
    }

    @Test
    void unclosedFormattingTagsAndTablesInTablesStillGiveTheArticleOrNoBody() {
        int thirdOfTheLimit = InputLimits.MAX_HTML_TAGS / 3 - 10;
        String formatting = HEAD + ARTICLE + "<a><b><i>".repeat(thirdOfTheLimit) + "</body></html>";
        String tables = HEAD + "<table><tr><td>".repeat(thirdOfTheLimit) + ARTICLE + "</body></html>";

        for (String page : new String[] {formatting, tables}) {
            try {
                ParsedArticle article = reader.read(bytes(page), HTML, origin());
                assertThat(article.body()).contains("The harbour board met on Monday");
            } catch (InputRejectedException e) {
                assertThat(e.rejection().reason()).isIn(RejectReason.NO_BODY, RejectReason.TOO_COMPLEX);
            }
        }
    }

    private static int depthOf(Document doc) {
        int max = 0;
        for (Element el : doc.getAllElements()) {
            int depth = 0;
            for (Element p = el; p.parent() != null; p = p.parent()) {
                depth++;
            }
            max = Math.max(max, depth);
        }
        return max;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Origin origin() {
        return new Origin("news.raw", 0, 0, 0);
    }
}
