package dev.newsline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theWaitDoublesPerFailureUpToTheCapAndIsTheIntervalAfterASuccess() {
        Backoff backoff = new Backoff(Duration.ofMinutes(5), Duration.ofHours(1));

        assertThat(backoff.after(0)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(20));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(40));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anIntervalLongerThanTheCapIsNeverShortened() {
        assertThat(new Backoff(Duration.ofHours(2), Duration.ofHours(1)).after(3)).isEqualTo(Duration.ofHours(2));
    }
}
