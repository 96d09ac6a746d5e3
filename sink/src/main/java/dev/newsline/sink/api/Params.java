package dev.newsline.sink.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request's query parameters, read and checked one by one; every problem is a {@link BadRequest} naming the
 * parameter and what it takes. A parameter given twice, or one the endpoint does not know, is refused too.
 */
final class Params {

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}|und");

    private final Map<String, List<String>> values;

    Params(Map<String, List<String>> values, Set<String> known) {
        this.values = values;
        for (var e : values.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new BadRequest("unknown parameter '" + e.getKey() + "' (this endpoint takes: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
            if (e.getValue().size() > 1) {
                throw new BadRequest("parameter '" + e.getKey() + "' is given " + e.getValue().size()
                        + " times; give it once");
            }
        }
    }

    Optional<String> text(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? Optional.empty() : Optional.of(v.get(0).strip());
    }

    /** An ISO 3166-1 alpha-2 code, upper case. */
    Optional<String> country(String name) {
        return text(name).map(c -> {
            if (!COUNTRY.matcher(c).matches()) {
                throw new BadRequest(name + "=" + c + " is not a country: give an ISO 3166-1 alpha-2 code such as AM");
            }
            return c.toUpperCase(Locale.ROOT);
        });
    }

    /** An ISO 639-1 code or {@code und}. */
    Optional<String> language(String name) {
        return text(name).map(l -> {
            String lower = l.toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(lower).matches()) {
                throw new BadRequest(name + "=" + l + " is not a language: give an ISO 639-1 code such as fa, or und");
            }
            return lower;
        });
    }

    Optional<Integer> integer(String name, int min, int max) {
        return text(name).map(t -> {
            try {
                int v = Integer.parseInt(t);
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new BadRequest(name + "=" + t + " is not valid: give an integer from " + min + " to " + max);
        });
    }

    Optional<Instant> instant(String name) {
        return text(name).map(t -> {
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException e) {
                throw new BadRequest(name + "=" + t + " is not a time: give ISO-8601 UTC such as 2025-03-04T00:00:00Z");
            }
        });
    }
}
