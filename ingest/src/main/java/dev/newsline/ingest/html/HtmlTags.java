package dev.newsline.ingest.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/** How the extraction treats each HTML element name: inline, never content, or a landmark around content. */
final class HtmlTags {

    /** Elements that run inside a line of text; everything else starts a block. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite",
            "code", "data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "rp",
            "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
            "wbr");
    /** Elements whose text is never article text (scripts, controls, media, page furniture by definition). */
    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "math", "canvas", "video", "audio", "picture", "button", "input", "select",
            "option", "textarea", "nav", "aside", "dialog", "menu", "figcaption", "figure", "link", "head");
    /** Landmarks that are furniture unless a page (mis)uses one to hold its article. */
    private static final Set<String> LANDMARKS = Set.of("header", "footer", "form");

    private HtmlTags() {
    }

    static boolean isInline(Element el) {
        return INLINE.contains(el.normalName());
    }

    static boolean isNeverContent(Element el) {
        return NEVER_CONTENT.contains(el.normalName());
    }

    static boolean isLandmark(Element el) {
        return LANDMARKS.contains(el.normalName());
    }

    static boolean isHeading(Element el) {
        String n = el.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
    }

    /** A block whose children are all inline: the unit of text that is scored and written out. */
    static boolean isLeafBlock(Element el) {
        if (isInline(el)) {
            return false;
        }
        for (Element child : el.children()) {
            if (!isInline(child)) {
                return false;
            }
        }
        return true;
    }
}
