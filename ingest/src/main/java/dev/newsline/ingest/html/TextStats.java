package dev.newsline.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one pass: visible characters (white space not counted),
 * characters inside links, and commas. Each element's counts include its descendants'.
 */
final class TextStats {

    /** Counts of one element. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        int paragraphs;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    /** The measures of every element under {@code root} (iterative walk: deep trees cost no stack). */
    static TextStats measure(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    Counts c = stats.counts.computeIfAbsent(parent, k -> new Counts());
                    String s = text.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char ch = s.charAt(i);
                        if (!Character.isWhitespace(ch) && ch != '\u00a0') {
                            c.chars++;
                            if (Punctuation.isComma(ch)) {
                                c.commas++;
                            }
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && node != root) {
                    Counts c = stats.counts.get(el);
                    if (c == null) {
                        return;
                    }
                    if (el.nameIs("a")) {
                        c.linkChars = c.chars;
                    }
                    if (el.nameIs("p") && c.chars > 0) {
                        c.paragraphs++;
                    }
                    Element parent = el.parent();
                    if (parent != null) {
                        Counts p = stats.counts.computeIfAbsent(parent, k -> new Counts());
                        p.chars += c.chars;
                        p.linkChars += c.linkChars;
                        p.commas += c.commas;
                        p.paragraphs += c.paragraphs;
                    }
                }
            }
        }, root);
        return stats;
    }

    Counts of(Element el) {
        return counts.getOrDefault(el, NONE);
    }
}
