package dev.newsline.ingest.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by name ({@code property}, {@code name} or {@code itemprop}, lower-cased), first
 * one of each name wins; values longer than {@link #MAX_VALUE_CHARS} are ignored.
 */
final class MetaTags {

    static final int MAX_VALUE_CHARS = 4096;
    private final Map<String, String> values = new HashMap<>();

    private MetaTags() {
    }

    static MetaTags of(Document page) {
        MetaTags tags = new MetaTags();
        for (Element meta : page.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty() || content.length() > MAX_VALUE_CHARS) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    tags.values.putIfAbsent(name, content);
                }
            }
        }
        return tags;
    }

    /** The value of the first of {@code names} the page has, or null. */
    String first(String... names) {
        for (String name : names) {
            String v = values.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
