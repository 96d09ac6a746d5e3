package dev.newsline.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article, and the siblings that continue it. Every leaf block of prose (a block
 * of at least {@link #MIN_BLOCK_CHARS} visible characters, or a run of text straight inside a container) votes for
 * its parent, less for its grandparent and great-grandparent; a vote grows with the block's commas and length. A container's total is weighted by its name
 * (element and class/id words) and shrunk by the share of its text inside links. The best container, widened to a
 * common ancestor when several near-best ones share one, is the article; its siblings join when they score close
 * to it or read as prose paragraphs.
 */
final class ContentScorer {

    static final int MIN_BLOCK_CHARS = 25;
    private static final double[] LEVEL_SHARE = {1.0, 0.5, 1.0 / 3};
    private static final double NAME_WEIGHT = 25;

    private final TextStats stats;
    private final Map<Element, Double> raw = new IdentityHashMap<>();
    /** The scored elements in the order they were first voted for: ties rank the same way on every run. */
    private final List<Element> scored = new ArrayList<>();
    private double bestScore;

    private ContentScorer(TextStats stats) {
        this.stats = stats;
    }

    /** The elements that hold the article's text, in page order; empty when the page has no prose. */
    static List<Element> contentOf(Element body, TextStats stats) {
        ContentScorer scorer = new ContentScorer(stats);
        scorer.vote(body);
        Element top = scorer.top(body);
        return top == null ? List.of() : scorer.withSiblings(top, body);
    }

    private void vote(Element body) {
        for (Element el : body.getAllElements()) {
            if (HtmlTags.isLeafBlock(el)) {
                if (!HtmlTags.isHeading(el)) {
                    TextStats.Counts c = stats.of(el);
                    vote(el.parent(), c.chars, c.commas, body);
                }
            } else if (!HtmlTags.isInline(el)) {
                voteForLooseText(el, body);
            }
        }
    }

    /** Text written straight into a container between its blocks ("<div>text<br>more<div>…") votes for it. */
    private void voteForLooseText(Element container, Element body) {
        int chars = 0;
        int commas = 0;
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode text) {
                String s = text.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char ch = s.charAt(i);
                    if (!Character.isWhitespace(ch) && ch != '\u00a0') {
                        chars++;
                        commas += Punctuation.isComma(ch) ? 1 : 0;
                    }
                }
            } else if (child instanceof Element el && HtmlTags.isInline(el)) {
                chars += stats.of(el).chars;
                commas += stats.of(el).commas;
            } else if (child instanceof Element) {
                vote(container, chars, commas, body);
                chars = 0;
                commas = 0;
            }
        }
        vote(container, chars, commas, body);
    }

    /** A block of prose of {@code chars} characters votes for {@code parent} and, less, two of its ancestors. */
    private void vote(Element parent, int chars, int commas, Element body) {
        if (chars < MIN_BLOCK_CHARS) {
            return;
        }
        double vote = 1 + commas + Math.min(chars / 100.0, 3);
        Element ancestor = parent;
        for (int level = 0; level < LEVEL_SHARE.length && ancestor != null; level++) {
            Double current = raw.get(ancestor);
            if (current == null) {
                scored.add(ancestor);
            }
            raw.put(ancestor, (current == null ? baseScore(ancestor) : current) + vote * LEVEL_SHARE[level]);
            if (ancestor == body) {
                break;
            }
            ancestor = ancestor.parent();
        }
    }

    private double score(Element el) {
        Double r = raw.get(el);
        return r == null ? 0 : r * (1 - stats.of(el).linkDensity());
    }

    private Element top(Element body) {
        List<Element> ranked = new ArrayList<>(scored);
        ranked.sort(Comparator.comparingDouble(this::score).reversed()); // stable: ties keep vote order
        if (ranked.isEmpty()) {
            return null;
        }
        Element top = ranked.get(0);
        bestScore = score(top);
        top = commonAncestorOfNearBest(top, ranked, body);
        top = climb(top, body);
        return top;
    }

    /** When three or more of the best five containers sit under one ancestor, the article is that ancestor. */
    private Element commonAncestorOfNearBest(Element top, List<Element> ranked, Element body) {
        double best = score(top);
        List<Element> near = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            Element other = ranked.get(i);
            if (score(other) >= 0.75 * best && !isAncestor(other, top) && !isAncestor(top, other)) {
                near.add(other);
            }
        }
        if (near.size() < 2) { // fewer than three separate near-best containers in all
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            int under = 0;
            for (Element n : near) {
                if (isAncestor(ancestor, n)) {
                    under++;
                }
            }
            if (under >= 2) {
                return ancestor;
            }
        }
        return top;
    }

    /** Goes up through wrappers (an only child) and to a parent that scores better than the container itself. */
    private Element climb(Element top, Element body) {
        Element current = top;
        while (current.parent() != null && current.parent() != body && current.parent().childrenSize() == 1) {
            current = current.parent();
        }
        double last = score(current);
        double floor = last / 3;
        for (Element parent = current.parent(); parent != null && parent != body; parent = parent.parent()) {
            double s = score(parent);
            if (s == 0) {
                continue;
            }
            if (s < floor) {
                break;
            }
            if (s > last) {
                return parent;
            }
            last = s;
        }
        return current;
    }

    private List<Element> withSiblings(Element top, Element body) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        // the chosen element may be an unscored wrapper: the bar is set by the best container's score
        double topScore = Math.max(score(top), bestScore);
        double threshold = Math.max(10, 0.2 * topScore);
        List<Element> content = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                content.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? 0.2 * topScore : 0;
            if (score(sibling) + bonus >= threshold || readsAsProse(sibling)) {
                content.add(sibling);
            }
        }
        return content;
    }

    private boolean readsAsProse(Element el) {
        if (!el.nameIs("p") && !HtmlTags.isLeafBlock(el)) {
            return false;
        }
        TextStats.Counts c = stats.of(el);
        String text = el.text();
        return c.chars > 80 && c.linkDensity() < 0.25
                || c.chars > 0 && c.linkDensity() == 0 && Punctuation.endsSentence(text);
    }

    private static double baseScore(Element el) {
        double score = switch (el.normalName()) {
            case "article" -> 10;
            case "div", "main" -> 5;
            case "section", "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (ClassHints.isArticleBody(el)) {
            score += 2 * NAME_WEIGHT;
        }
        return score + NAME_WEIGHT * ClassHints.leaning(el);
    }

    private static boolean isAncestor(Element ancestor, Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
