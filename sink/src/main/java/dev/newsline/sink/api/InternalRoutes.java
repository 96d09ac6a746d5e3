package dev.newsline.sink.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The routes instances ask each other: the same queries as the public API, answered from the asked instance's own
 * stores only. Read-only like the rest.
 */
final class InternalRoutes {

    static final String ARTICLES = "/internal/articles";
    static final String COUNTS = "/internal/counts";
    static final String NEWEST = "/internal/newest";
    /** Copies lists kept here, for repeated {@code id} parameters. */
    static final String COPIES = "/internal/copies";

    private InternalRoutes() {
    }

    /** The query string of a resolved counts query. */
    static String countsQuery(CountsQuery q) {
        Map<String, Optional<String>> params = new LinkedHashMap<>();
        params.put("by", Optional.of(q.by().apiName()));
        params.put("window", Optional.of(q.window().apiName()));
        params.put("from", q.from().map(Object::toString));
        params.put("to", q.to().map(Object::toString));
        params.put("country", q.filter().country());
        params.put("topic", q.filter().topic());
        params.put("lang", q.filter().language());
        return params.entrySet().stream().filter(e -> e.getValue().isPresent())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().get(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
