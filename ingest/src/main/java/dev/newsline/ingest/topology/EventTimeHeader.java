package dev.newsline.ingest.topology;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.OptionalLong;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The {@code event-time} header of a raw record: the article's own time (JSON {@code published_at}, a feed item's
 * date, WARC-Date, a file's mtime) as an ISO-8601 instant. Newsline's producers stamp news.raw records with the time
 * they are sent and carry the event time here, so that the broker's time-based retention counts from the send: a
 * backfilled article stamped with its 2019 date was past a 7-day retention on arrival, and the broker's next check
 * deleted it from news.raw, read or not. The pipeline takes the event time from this header
 * ({@code NonNegativeTimestampExtractor}); a record without one (another producer's) keeps its own timestamp.
 */
public final class EventTimeHeader {

    /** The header's name. */
    public static final String NAME = "event-time";
    /** Longer values are no instant Newsline wrote and are ignored, so reading one costs bounded work. */
    static final int MAX_CHARS = 40;

    private EventTimeHeader() {
    }

    /** The header's value for {@code epochMillis}: an ISO-8601 instant. */
    private static String value(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** Adds the header for {@code epochMillis}, unless it is negative (no event time known). */
    public static void add(Headers headers, long epochMillis) {
        if (epochMillis >= 0) {
            headers.add(NAME, value(epochMillis).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Bytes the header adds to a record (key, value and two varint lengths), 0 if it is not added. */
    public static int bytes(long epochMillis) {
        return epochMillis >= 0 ? NAME.length() + value(epochMillis).length() + 10 : 0;
    }

    /** The event time the last such header gives, if it is a readable instant from 1970 on. */
    public static OptionalLong read(Headers headers) {
        Header h = headers == null ? null : headers.lastHeader(NAME);
        if (h == null || h.value() == null || h.value().length > MAX_CHARS) {
            return OptionalLong.empty();
        }
        try {
            long millis = Instant.parse(new String(h.value(), StandardCharsets.UTF_8)).toEpochMilli();
            return millis >= 0 ? OptionalLong.of(millis) : OptionalLong.empty();
        } catch (DateTimeException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }
}
