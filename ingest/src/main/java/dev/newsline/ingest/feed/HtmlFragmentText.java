package dev.newsline.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML fragment as a feed carries it in {@code content:encoded} or an Atom {@code content}: block
 * elements become paragraphs separated by a blank line (the form the ingest stage reads), {@code <br>} a line
 * break; scripts and styles are dropped, entities decoded.
 */
final class HtmlFragmentText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside",
            "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "figure", "figcaption", "hr", "main", "nav");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template");

    private HtmlFragmentText() {
    }

    static String toText(String html) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !insideSkipped(text)) {
                    current.append(text.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    current.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    endParagraph(paragraphs, current);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    endParagraph(paragraphs, current);
                }
            }
        });
        endParagraph(paragraphs, current);
        return String.join("\n\n", paragraphs);
    }

    private static boolean insideSkipped(TextNode text) {
        for (Node n = text.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && SKIPPED.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void endParagraph(List<String> paragraphs, StringBuilder current) {
        String paragraph = current.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n").strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }
}
