package dev.newsline.ingest.limit;

import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.util.Map;

/** Holds fields and headers to the lengths of {@link InputLimits}; an overrun is a FIELD_TOO_LONG rejection. */
public final class FieldLimits {

    private static final int NAME_IN_MESSAGE = 40;

    private FieldLimits() {
    }

    /**
     * {@code value}, when it has at most {@code max} chars (null passes).
     *
     * @param field how the message names the field ("JSON \"id\"", "title")
     * @throws InputRejectedException with FIELD_TOO_LONG otherwise
     */
    public static String within(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw tooLong("the " + field + " has " + value.length() + " characters, more than the " + max + " allowed");
        }
        return value;
    }

    /** @throws InputRejectedException with FIELD_TOO_LONG for too many headers, or one too long */
    public static void checkHeaders(Map<String, String> headers) {
        if (headers.size() > InputLimits.MAX_HEADERS) {
            throw tooLong("the record has " + headers.size() + " headers, more than the " + InputLimits.MAX_HEADERS
                    + " allowed");
        }
        for (Map.Entry<String, String> h : headers.entrySet()) {
            String key = h.getKey() == null ? "" : h.getKey();
            String shown = key.length() > NAME_IN_MESSAGE ? key.substring(0, NAME_IN_MESSAGE) + "…" : key;
            within("header key \"" + shown + "\"", key, InputLimits.MAX_HEADER_KEY_CHARS);
            within("header \"" + shown + "\"", h.getValue(), InputLimits.MAX_HEADER_VALUE_CHARS);
        }
    }

    private static InputRejectedException tooLong(String what) {
        return new InputRejectedException(RejectReason.FIELD_TOO_LONG,
                what + "; shorten it at the producer (limits: docs/operations.md, \"Limits\")");
    }
}
