package dev.newsline.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.limit.InputLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the JSON {@code published_at}: an ISO instant or offset date-time, an ISO local date-time or date
 * (taken as UTC), an RFC 1123 date ("Fri, 1 Mar 2024 10:00:00 GMT"), or epoch milliseconds as a number or a
 * string of digits. Anything else is null: a bad timestamp does not make the article bad; so is a string longer
 * than {@link InputLimits#MAX_TIMESTAMP_CHARS}.
 */
public final class JsonTimestamp {

    private JsonTimestamp() {
    }

    /** The instant {@code node} names, or null when it names none. */
    public static Instant parse(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return Instant.ofEpochMilli(node.asLong());
        }
        if (!node.isTextual()) {
            return null;
        }
        String s = node.asText().strip();
        if (s.isEmpty() || s.length() > InputLimits.MAX_TIMESTAMP_CHARS) {
            return null;
        }
        if (s.chars().allMatch(Character::isDigit) && s.length() <= 15) {
            return Instant.ofEpochMilli(Long.parseLong(s));
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
