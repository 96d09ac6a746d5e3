package dev.newsline.ingest.parse.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a keyword or source value into items at separators we can trust: commas (, ، ،), semicolons (; ؛),
 * "|", "/", "•", "·" and "#" (a value holding a link is not split). Spaces are not trusted: Arabic keyword lines run multi-word phrases together
 * with single spaces ("إلهام علييف الجيش الروسي باكو"), and no rule can tell where one phrase ends, so such a
 * value stays one item rather than being cut into wrong words.
 */
final class ListSplitter {

    private static final Pattern SEPARATORS = Pattern.compile("\\s*[,،;؛|/•·#]+\\s*");

    private ListSplitter() {
    }

    static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        // a link is one item, its slashes are not separators
        String[] parts = value.contains("://") ? new String[] {value} : SEPARATORS.split(value);
        for (String part : parts) {
            String item = part.strip();
            while (!item.isEmpty() && ".。۔".indexOf(item.charAt(item.length() - 1)) >= 0) {
                item = item.substring(0, item.length() - 1).strip();
            }
            if (!item.isEmpty() && !items.contains(item)) {
                items.add(item);
            }
        }
        return items;
    }
}
