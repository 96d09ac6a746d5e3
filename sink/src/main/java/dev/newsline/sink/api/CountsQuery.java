package dev.newsline.sink.api;

import dev.newsline.sink.count.CountDimension;
import dev.newsline.sink.count.CountWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /api/counts}: counts by one dimension in windows of one size, over {@code [from, to)} (window starts),
 * among the articles matching the filters. Without {@code from}/{@code to}, the range ends with the window of the
 * newest event time counted (never after now) and spans 24 hours of 1-hour windows or 30 days of 1-day windows.
 */
record CountsQuery(CountDimension by, CountWindow window, Optional<Instant> from, Optional<Instant> to,
                   ArticleFilter filter) {

    static final Set<String> PARAMS = Set.of("by", "window", "from", "to", "country", "topic", "lang");
    /** Most windows one query may span. */
    static final int MAX_WINDOWS = 24 * 62;

    static CountsQuery from(Params params, TopicNames topics) {
        String byName = params.text("by").orElseThrow(() -> new BadRequest("by is missing: give by="
                + names(CountDimension.values())));
        CountDimension by = CountDimension.fromApiName(byName).orElseThrow(() -> new BadRequest("by=" + byName
                + " is not valid: give one of " + names(CountDimension.values())));
        String windowName = params.text("window").orElse(CountWindow.HOUR.apiName());
        CountWindow window = CountWindow.fromApiName(windowName).orElseThrow(() -> new BadRequest("window="
                + windowName + " is not valid: give 1h or 1d"));
        Optional<Instant> from = params.instant("from");
        Optional<Instant> to = params.instant("to");
        if (from.isPresent() && to.isPresent()) {
            if (!from.get().isBefore(to.get())) {
                throw new BadRequest("from must be before to");
            }
            if (Duration.between(from.get(), to.get()).dividedBy(window.size()) > MAX_WINDOWS) {
                throw new BadRequest("from-to spans more than " + MAX_WINDOWS + " windows of " + window.apiName()
                        + "; narrow it or use window=1d");
            }
        }
        return new CountsQuery(by, window, from, to, ArticleFilter.from(params, topics));
    }

    /** The default span of a query without {@code from}. */
    Duration defaultSpan() {
        return window == CountWindow.HOUR ? Duration.ofHours(24) : Duration.ofDays(30);
    }

    /**
     * The range with defaults filled in and {@code from} moved to the start of its window: {@code newest} is the
     * newest event time counted, if any.
     */
    CountsQuery resolved(Optional<Instant> newest, Instant now) {
        Instant end = to.orElseGet(() -> {
            Instant last = newest.filter(n -> n.isBefore(now)).orElse(now);
            return window.startOf(last).plus(window.size());
        });
        Instant start = window.startOf(from.orElse(end.minus(defaultSpan())));
        if (!start.isBefore(end)) {
            throw new BadRequest("from must be before to");
        }
        return new CountsQuery(by, window, Optional.of(start), Optional.of(end), filter);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining("|"));
    }
}
