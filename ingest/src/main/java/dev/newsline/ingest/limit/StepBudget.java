package dev.newsline.ingest.limit;

import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pattern work one record may cost, counted in steps: every character a regular expression reads through
 * {@link #matcher} is one step. The patterns are written to run in linear time; this is the safety net for
 * one we got wrong: past the limit the record is rejected as TOO_COMPLEX instead of spinning a stream thread.
 * Steps, not time, so the same record always gets the same verdict. One per record; not thread-safe.
 */
public final class StepBudget {

    private final long limit;
    private long used;

    public StepBudget(long limit) {
        this.limit = limit;
    }

    /** The budget of a record whose decoded text has {@code chars} chars (see {@link InputLimits}). */
    public static StepBudget forText(int chars) {
        return new StepBudget(InputLimits.PATTERN_STEPS_BASE + InputLimits.PATTERN_STEPS_PER_CHAR * chars);
    }

    /**
     * A matcher of {@code pattern} over {@code text} whose every character read is charged to this budget.
     *
     * @param step what the pattern is for, named in the rejection message
     */
    public Matcher matcher(Pattern pattern, CharSequence text, String step) {
        return pattern.matcher(meter(text, step));
    }

    /** {@code text} as a pattern reads it when every character read is charged to this budget (for split). */
    public CharSequence meter(CharSequence text, String step) {
        return new MeteredText(text, this, step);
    }

    /** Steps spent so far. */
    public long used() {
        return used;
    }

    /** Steps allowed in all. */
    public long limit() {
        return limit;
    }

    /** Charges one step. @throws InputRejectedException with TOO_COMPLEX past the limit */
    void spend(String step) {
        if (++used > limit) {
            throw new InputRejectedException(RejectReason.TOO_COMPLEX, "reading the " + step + " took more than "
                    + limit + " pattern steps (a pathological run of punctuation or spaces?); the record is kept"
                    + " for replay");
        }
    }
}
