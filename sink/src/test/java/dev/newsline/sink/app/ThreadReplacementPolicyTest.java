package dev.newsline.sink.app;

import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

/** Threads are replaced a bounded number of times in a window, then the instance stops; never a loop. */
class ThreadReplacementPolicyTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final ThreadReplacementPolicy policy = new ThreadReplacementPolicy(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aFailureThatComesBackAtOnceStopsTheInstanceAfterTheAllowedReplacements() {
        List<StreamThreadExceptionResponse> responses = new ArrayList<>();
        for (int i = 0; i <= ThreadReplacementPolicy.MAX_REPLACEMENTS; i++) {
            responses.add(policy.handle(new StreamsException("boom", new IllegalStateException("same record"))));
            now = now.plusSeconds(1);
        }

        assertThat(responses).containsExactly(REPLACE_THREAD, REPLACE_THREAD, REPLACE_THREAD, SHUTDOWN_CLIENT);
        assertThat(policy.stopReason()).hasValueSatisfying(r -> assertThat(r)
                .contains("IllegalStateException: same record").contains("3 times").doesNotContain("\n"));
    }

    @Test
    void failuresFarApartAreEachReplaced() {
        for (int i = 0; i < 10; i++) {
            assertThat(policy.handle(new StreamsException("now and then"))).isEqualTo(REPLACE_THREAD);
            now = now.plus(ThreadReplacementPolicy.WINDOW.dividedBy(2)).plus(Duration.ofSeconds(1));
        }
        assertThat(policy.stopReason()).isEmpty();
    }

    @Test
    void aFailureReplacingCannotCureStopsTheInstanceAtOnce() {
        assertThat(policy.handle(new StreamsException(new TopicAuthorizationException("no ACL for news.enriched"))))
                .isEqualTo(SHUTDOWN_CLIENT);
        assertThat(policy.stopReason()).hasValueSatisfying(r -> assertThat(r).contains("no ACL for news.enriched"));
    }
}
