package dev.newsline.ingest.validate;

import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.RejectedRecord;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

/** Builds the {@code news.rejected} record for a rejection, keeping the original bytes and headers. */
public final class Rejections {

    private final Clock clock;

    public Rejections(Clock clock) {
        this.clock = clock;
    }

    /** The record for {@code rejection} of the input {@code original} read at {@code origin} by {@code stage}. */
    public RejectedRecord record(Rejection rejection, String stage, byte[] original,
                                 Map<String, String> headers, Origin origin) {
        String base64 = original == null ? null : Base64.getEncoder().encodeToString(original);
        return new RejectedRecord(RejectedRecord.SCHEMA_VERSION, rejection.reason().name(),
                oneLine(rejection.message()), stage, base64, headers, origin, clock.instant());
    }

    /** The rejection for an exception we did not expect: a bug, reported without stopping the stream. */
    public static Rejection internalError(RuntimeException e) {
        return new Rejection(RejectReason.INTERNAL_ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private static String oneLine(String message) {
        String line = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
