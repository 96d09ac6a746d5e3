package dev.newsline.enrich.tag.country;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A name that stands for more than one thing: the candidate countries with the context words (folded) that
 * point to each, and the default when no context decides; a default of {@code null} means "not a country".
 */
record AmbiguousName(String defaultCode, Map<String, List<String>> cues) {

    AmbiguousName {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        cues.forEach((code, words) -> copy.put(code, List.copyOf(words)));
        cues = Collections.unmodifiableMap(copy);
    }
}
