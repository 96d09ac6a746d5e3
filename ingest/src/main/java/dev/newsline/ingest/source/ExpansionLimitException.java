package dev.newsline.ingest.source;

import java.io.IOException;

/** A compressed input expanded past a limit: too many bytes per compressed byte, or too many in all. */
final class ExpansionLimitException extends IOException {

    private final boolean total;

    ExpansionLimitException(String message, boolean total) {
        super(message);
        this.total = total;
    }

    /** True when the archive's total was passed (the rest of it is lost), false for a ratio. */
    boolean total() {
        return total;
    }
}
