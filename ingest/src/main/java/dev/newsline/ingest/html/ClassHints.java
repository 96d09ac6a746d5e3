package dev.newsline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about it. Names are split into
 * words ("article-body__text" → article, body, text; "relatedLinks" → related, links) and each word is compared
 * with two short vocabularies: words that mark article text and words that mark page furniture (menus, sharing,
 * comments, advertising, "related" lists). Only general web vocabulary, no site names.
 */
final class ClassHints {

    /** Longest attribute value read; page builders sometimes put kilobytes of utility classes on one element. */
    static final int MAX_NAME_CHARS = 400;

    private static final Set<String> CONTENT_WORDS = Set.of("article", "articlebody", "body", "content", "entry",
            "main", "post", "story", "text", "prose", "richtext", "blog", "permalink", "hentry", "storycontent",
            "postcontent", "articletext", "articlecontent", "paragraph");
    /** Words that name page furniture outright: an element named so is removed before scoring. */
    private static final Set<String> FURNITURE_WORDS = Set.of("ad", "ads", "adv", "advert", "advertisement",
            "advertising", "adslot", "adunit", "dfp", "sidebar", "sidebars", "comment", "comments", "commentlist",
            "disqus", "footer", "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "share",
            "sharing", "sharebar", "sharetools", "social", "related", "relatedlinks", "recommended",
            "recommendations", "recirc", "recirculation", "promo", "promoted", "newsletter", "newsletters",
            "subscribe", "subscription", "signup", "popup", "modal", "cookie", "cookies", "consent", "gdpr",
            "sponsor", "sponsored", "outbrain", "taboola", "byline", "bylines", "author", "authors", "caption",
            "captions", "credit", "credits", "tags", "toolbar", "rating", "trending", "popular", "masthead", "skip",
            "sronly", "visuallyhidden", "login", "signin", "copyright", "disclaimer", "lightbox",
            "carousel", "slideshow");
    /** Words that lean away from article text without naming furniture outright: they only lower a score. */
    private static final Set<String> LEANING_AWAY_WORDS = Set.of("widget", "widgets", "banner", "meta", "header",
            "headline", "headlines", "video", "player", "embed", "tools", "tool", "profile", "bio", "teaser",
            "teasers", "more", "hidden", "hide", "pagination", "pager", "dateline", "timestamp", "contact", "feedback",
            "survey", "gallery", "playlist", "promotion", "aside", "print", "follow", "tag", "infobox", "alert",
            "notice", "callout", "subscriber", "register", "overlay", "avatar");
    /** Words of layout classes ("page-container with-sidebar"): they describe a page region, not what is in it. */
    private static final Set<String> LAYOUT_WORDS = Set.of("container", "wrapper", "wrap", "layout", "page", "column",
            "columns", "col", "row", "grid", "w", "with", "has", "inner", "outer", "section", "block", "region");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "contentinfo",
            "banner", "dialog", "menu", "menubar", "alert", "search", "toolbar", "tablist");

    private ClassHints() {
    }

    /** The words of an element's class and id. */
    static List<String> words(Element el) {
        List<String> words = new ArrayList<>();
        split(el.className(), words);
        split(el.id(), words);
        return words;
    }

    /** +1 when the names mark article text, -1 when they mark page furniture, 0 when they say nothing or both. */
    static int leaning(Element el) {
        if (el.attr("itemprop").toLowerCase(Locale.ROOT).equals("articlebody")) {
            return 1;
        }
        boolean content = false;
        boolean furniture = FURNITURE_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT));
        for (String w : words(el)) {
            content |= CONTENT_WORDS.contains(w);
            furniture |= FURNITURE_WORDS.contains(w) || LEANING_AWAY_WORDS.contains(w);
        }
        return content == furniture ? 0 : content ? 1 : -1;
    }

    /** Names that mark page furniture, whatever else they say ("article-comments", "post-share"). */
    static boolean isFurniture(Element el) {
        if (FURNITURE_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String w : words(el)) {
            if (FURNITURE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The names describe a layout region ("main-container has-sidebar"), whatever furniture they mention. */
    static boolean isLayout(Element el) {
        for (String w : words(el)) {
            if (LAYOUT_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The element says it is the article's body (schema.org {@code itemprop="articleBody"}). */
    static boolean isArticleBody(Element el) {
        return el.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    /** Splits on anything but letters and digits and at lower-to-upper case changes, lower-cased. */
    private static void split(String name, List<String> into) {
        int end = Math.min(name.length(), MAX_NAME_CHARS);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < end; i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, into);
                continue;
            }
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
                flush(word, into);
            }
            word.append(Character.toLowerCase(c));
        }
        flush(word, into);
    }

    private static void flush(StringBuilder word, List<String> into) {
        if (word.length() > 0) {
            into.add(word.toString());
            word.setLength(0);
        }
    }
}
