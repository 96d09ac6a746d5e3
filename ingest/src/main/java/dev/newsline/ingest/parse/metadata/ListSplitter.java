package dev.newsline.ingest.parse.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a keyword or source value into items at separators we can trust: commas (, ، ،), semicolons (; ؛),
 * "|", "/", "•", "·" and "#" (a value holding a link is not split). Spaces are not trusted: Arabic keyword lines run multi-word phrases together
 * with single spaces ("إلهام علييف الجيش الروسي باكو"), and no rule can tell where one phrase ends, so such a
 * value stays one item rather than being cut into wrong words. One pass over the value, no pattern.
 */
final class ListSplitter {

    private static final String SEPARATORS = ",،;؛|/•·#";

    private ListSplitter() {
    }

    static List<String> split(String value) {
        Set<String> items = new LinkedHashSet<>();
        if (value.contains("://")) {
            add(items, value); // a link is one item, its slashes are not separators
        } else {
            int start = 0;
            for (int i = 0; i <= value.length(); i++) {
                if (i == value.length() || SEPARATORS.indexOf(value.charAt(i)) >= 0) {
                    add(items, value.substring(start, i));
                    start = i + 1;
                }
            }
        }
        return new ArrayList<>(items);
    }

    private static void add(Set<String> items, String part) {
        String item = part.strip();
        int end = item.length();
        while (end > 0 && ".。۔".indexOf(item.charAt(end - 1)) >= 0) { // trailing full stops, and spaces between them
            end--;
            while (end > 0 && Character.isWhitespace(item.charAt(end - 1))) {
                end--;
            }
        }
        if (end > 0) {
            items.add(item.substring(0, end));
        }
    }
}
