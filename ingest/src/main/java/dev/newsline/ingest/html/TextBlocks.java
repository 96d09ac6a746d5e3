package dev.newsline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the article's elements out as paragraphs: every block element and every line break ends a paragraph,
 * white space runs become one space. Inside the article, blocks that are mostly links (lists of other stories,
 * "read more" lines) and the page's own headline are left out.
 */
final class TextBlocks {

    /** Link share above which a block is a list of links, not text. */
    static final double MAX_LINK_DENSITY = 0.5;
    /** Link share above which a short container (less than {@link #SHORT_CHARS}) is left out. */
    static final double MAX_SHORT_LINK_DENSITY = 0.3;
    static final int SHORT_CHARS = 200;

    private final TextStats stats;
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private TextBlocks(TextStats stats) {
        this.stats = stats;
    }

    /** The paragraphs of {@code elements}, in order. */
    static List<String> of(List<Element> elements, TextStats stats) {
        TextBlocks blocks = new TextBlocks(stats);
        for (Element el : elements) {
            blocks.write(el);
        }
        blocks.flush();
        return blocks.paragraphs;
    }

    private void write(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    append(text.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (el.nameIs("br")) {
                    flush();
                    return FilterResult.CONTINUE;
                }
                if (HtmlTags.isInline(el)) {
                    return FilterResult.CONTINUE;
                }
                flush();
                return el != root && leftOut(el) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && !HtmlTags.isInline(el)) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private boolean leftOut(Element el) {
        if (el.nameIs("h1")) {
            return true;
        }
        TextStats.Counts c = stats.of(el);
        double links = c.linkDensity();
        return links > MAX_LINK_DENSITY || links > MAX_SHORT_LINK_DENSITY && c.chars < SHORT_CHARS
                && !HtmlTags.isLeafBlock(el);
    }

    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
            } else {
                current.append(c);
            }
        }
    }

    private void flush() {
        String paragraph = current.toString().strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }
}
