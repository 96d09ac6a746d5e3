package dev.newsline.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text before scoring: scripts, media, controls and furniture by element name,
 * hidden elements, and elements whose class or id names page furniture ({@link ClassHints}). An element that holds
 * most of the page's text, or an {@code <article>}, {@code <main>} or {@code itemprop="articleBody"}, stays whatever
 * its name says: pages wrap their article in "sticky-sidebar" or "has-comments" containers.
 */
final class PageCleaner {

    /** Share of the page's text above which an element is never removed for its name. */
    static final double MOST_OF_PAGE = 0.5;
    /** Share of the page's text above which an element named as a layout region is never removed for its name. */
    static final double LAYOUT_REGION = 0.1;

    private PageCleaner() {
    }

    static void clean(Element body) {
        TextStats stats = TextStats.measure(body);
        int pageChars = Math.max(1, stats.of(body).chars);
        Set<Element> holdingArticles = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> doomed = new ArrayList<>();
        for (Element el : body.getAllElements()) {
            if (el.nameIs("article") || el.nameIs("main") || ClassHints.isArticleBody(el)) {
                for (Element a = el.parent(); a != null && holdingArticles.add(a); a = a.parent()) {
                    // marks each ancestor once: the walk stops at the first one already marked
                }
            }
        }
        for (Element el : body.getAllElements()) {
            if (el == body) {
                continue;
            }
            int chars = stats.of(el).chars;
            boolean holdsPage = holdingArticles.contains(el) || chars > MOST_OF_PAGE * pageChars;
            boolean holdsRegion = ClassHints.isLayout(el) && chars > LAYOUT_REGION * pageChars;
            if (HtmlTags.isNeverContent(el) || isHidden(el)
                    || !holdsPage && (HtmlTags.isLandmark(el) || !holdsRegion && isFurniture(el))) {
                doomed.add(el);
            }
        }
        for (Element el : doomed) {
            el.remove();
        }
    }

    private static boolean isFurniture(Element el) {
        return !ClassHints.isArticleBody(el) && !el.nameIs("article") && !el.nameIs("main")
                && ClassHints.isFurniture(el);
    }

    private static boolean isHidden(Element el) {
        if (el.hasAttr("hidden") || el.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = el.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.length() > ClassHints.MAX_NAME_CHARS ? style.substring(0, ClassHints.MAX_NAME_CHARS) : style;
        String compact = s.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
}
