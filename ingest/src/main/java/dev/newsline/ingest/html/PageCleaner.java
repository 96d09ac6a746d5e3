package dev.newsline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text before scoring: scripts, media, controls and furniture by element name,
 * hidden elements, and elements whose class or id names page furniture ({@link ClassHints}). An element that holds
 * most of the page's text stays whatever its name says: some pages wrap everything in a "sidebar-layout" div.
 */
final class PageCleaner {

    /** Share of the page's text above which an element is never removed for its name. */
    static final double MOST_OF_PAGE = 0.5;

    private PageCleaner() {
    }

    static void clean(Element body) {
        TextStats stats = TextStats.measure(body);
        int pageChars = Math.max(1, stats.of(body).chars);
        List<Element> doomed = new ArrayList<>();
        for (Element el : body.getAllElements()) {
            if (el == body) {
                continue;
            }
            boolean holdsPage = stats.of(el).chars > MOST_OF_PAGE * pageChars;
            if (HtmlTags.isNeverContent(el) || isHidden(el)
                    || !holdsPage && (HtmlTags.isLandmark(el) || isFurniture(el))) {
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
