package dev.newsline.ingest.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldLimitsTest {

    private static void assertTooLong(Runnable check, String... messageParts) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InputRejectedException.class, e -> {
            assertThat(e.rejection().reason()).isEqualTo(RejectReason.FIELD_TOO_LONG);
            assertThat(e.rejection().message()).contains(messageParts).contains("docs/operations.md");
        });
    }

    @Test
    void aValueUpToItsLimitPassesOneCharMoreIsTooLong() {
        assertThat(FieldLimits.within("title", "x".repeat(10), 10)).hasSize(10);
        assertThat(FieldLimits.within("title", null, 10)).isNull();
        assertTooLong(() -> FieldLimits.within("JSON \"id\"", "x".repeat(11), 10), "JSON \"id\" has 11 characters",
                "10 allowed");
    }

    @Test
    void headersAreCountedAndMeasured() {
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < InputLimits.MAX_HEADERS; i++) {
            headers.put("h" + i, null);
        }
        FieldLimits.checkHeaders(headers);
        headers.put("one-too-many", "v");
        assertTooLong(() -> FieldLimits.checkHeaders(headers), InputLimits.MAX_HEADERS + 1 + " headers");
        assertTooLong(() -> FieldLimits.checkHeaders(Map.of("url", "u".repeat(InputLimits.MAX_HEADER_VALUE_CHARS + 1))),
                "header \"url\"");
        String key = "k".repeat(InputLimits.MAX_HEADER_KEY_CHARS + 1);
        assertTooLong(() -> FieldLimits.checkHeaders(Map.of(key, "v")), "header key", "…");
    }
}
