package dev.newsline.sink.app;

import dev.newsline.ingest.errors.FailureCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a stream thread dies (the exception handlers already turned every record's own failure into
 * a rejection, so what reaches here is trouble with the cluster, the state, or a bug in a handler): the thread is
 * replaced at most {@link #MAX_REPLACEMENTS} times within {@link #WINDOW}, since a failure that comes back at once
 * would otherwise loop on the same record forever; one more, or a failure replacing cannot cure (authentication,
 * authorization), stops the instance, and {@code newsline run} exits non-zero.
 */
public final class ThreadReplacementPolicy implements StreamsUncaughtExceptionHandler {

    /** Replacements allowed within {@link #WINDOW}. */
    public static final int MAX_REPLACEMENTS = 3;
    /** How far back replacements count. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(ThreadReplacementPolicy.class);

    private final Clock clock;
    private final Deque<Instant> replacements = new ArrayDeque<>();
    private volatile String stopReason;

    public ThreadReplacementPolicy(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable exception) {
        String failure = describe(exception);
        if (incurable(exception)) {
            return stop(failure + "; replacing the thread cannot help");
        }
        Instant now = clock.instant();
        while (!replacements.isEmpty() && replacements.peekFirst().isBefore(now.minus(WINDOW))) {
            replacements.removeFirst();
        }
        if (replacements.size() >= MAX_REPLACEMENTS) {
            return stop(failure + "; a stream thread already failed " + replacements.size() + " times in the last "
                    + WINDOW.toMinutes() + " minutes");
        }
        replacements.addLast(now);
        FailureCounter.THREAD_REPLACED.increment();
        LOG.error("a stream thread failed, replacing it ({} of {} allowed in {} minutes): {}", replacements.size(),
                MAX_REPLACEMENTS, WINDOW.toMinutes(), failure, exception);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    /** Why this policy stopped the instance, if it did. */
    public Optional<String> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    private StreamThreadExceptionResponse stop(String reason) {
        stopReason = reason;
        LOG.error("stopping the instance: {}", reason);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    private static boolean incurable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException || t instanceof AuthorizationException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, in one line. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String line = root.getClass().getSimpleName() + ": " + root.getMessage();
        return line.replaceAll("\\s+", " ");
    }
}
