package dev.newsline.ingest.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's main text from a parsed page: furniture removed ({@link PageCleaner}), the article's container found
 * ({@link ContentScorer}), its text written out as paragraphs ({@link TextBlocks}) separated by a blank line,
 * labels dropped ({@link ParagraphFilter}).
 * Changes the document (furniture is removed from it).
 */
public final class MainTextExtractor {

    private MainTextExtractor() {
    }

    /**
     * The main text, paragraphs separated by "\n\n"; empty when the page holds no prose.
     *
     * @param title the page's title as read before ({@link PageMetadata}); a paragraph repeating it is dropped
     */
    public static String extract(Document page, String title) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        PageCleaner.clean(body);
        TextStats stats = TextStats.measure(body);
        List<Element> content = ContentScorer.contentOf(body, stats);
        return String.join("\n\n", ParagraphFilter.keep(TextBlocks.of(content, stats), title));
    }
}
