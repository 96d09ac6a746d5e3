package dev.newsline.sink.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    @Test
    void noFakeSecondSeesMoreThanTheRatePlusItsSmallBurst() throws Exception {
        FakeTicker clock = new FakeTicker();
        TokenBucket bucket = new TokenBucket(50, clock);
        List<Long> sentAt = new ArrayList<>();

        for (int i = 0; i < 1000; i++) {
            bucket.acquire();
            sentAt.add(clock.nanoTime());
        }

        // 1000 sends at 50/s take about 20 fake seconds, and any one-second window holds at most 50 + a burst of 5
        assertThat(clock.nanoTime() / 1e9).isBetween(19.8, 20.2);
        for (int i = 0; i < sentAt.size(); i++) {
            long from = sentAt.get(i);
            long inWindow = sentAt.stream().filter(t -> t >= from && t < from + 1_000_000_000L).count();
            assertThat(inWindow).isLessThanOrEqualTo(55);
        }
    }

    @Test
    void tokensSavedWhileIdleAreCappedSoAPauseDoesNotBuyAFlood() throws Exception {
        FakeTicker clock = new FakeTicker();
        TokenBucket bucket = new TokenBucket(100, clock);
        clock.advance(60_000_000_000L); // a minute idle

        for (int i = 0; i < 30; i++) {
            bucket.acquire();
        }

        // at most a tenth of a second's worth (10) goes at once; the other 20 wait their turn: 0.2 s
        assertThat(clock.sleeps()).hasSize(20);
        assertThat(clock.nanoTime() - 60_000_000_000L).isBetween(190_000_000L, 210_000_000L);
    }

    @Test
    void aRateOfZeroIsRefused() {
        assertThatThrownBy(() -> new TokenBucket(0, new FakeTicker())).isInstanceOf(IllegalArgumentException.class);
    }
}
