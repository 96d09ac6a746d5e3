package dev.newsline.sink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles of latencies, whatever order they arrive in. */
class PercentilesTest {

    @Test
    void oneToAHundredInAnyOrderGivesTheRanksThemselves() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();
        assertThat(LongStream.of(shuffled).distinct().count()).isEqualTo(100);

        assertThat(Percentiles.of(shuffled)).isEqualTo(new Percentiles(100, 50, 95, 99, 100));
    }

    @Test
    void aSingleSlowRecordOutOfAThousandShowsOnlyInTheMax() {
        long[] millis = new long[1000];
        java.util.Arrays.fill(millis, 20);
        millis[500] = 4000;

        Percentiles p = Percentiles.of(millis);

        assertThat(p.p99()).isEqualTo(20);
        assertThat(p.max()).isEqualTo(4000);
    }

    @Test
    void tenSlowRecordsOutOfAThousandReachTheNinetyNinthPercentileOnlyAtEleven() {
        long[] millis = new long[1000];
        java.util.Arrays.fill(millis, 20);
        for (int i = 0; i < 11; i++) {
            millis[i] = 900;
        }
        assertThat(Percentiles.of(millis).p99()).isEqualTo(900);
        millis[0] = 20;
        assertThat(Percentiles.of(millis).p99()).isEqualTo(20);
    }

    @Test
    void noRecordsGivesZeroCount() {
        assertThat(Percentiles.of(new long[0]).count()).isZero();
    }

    @Test
    void theInputIsLeftInItsOrder() {
        long[] millis = {5, 1, 3};
        Percentiles.of(millis);
        assertThat(millis).containsExactly(5, 1, 3);
    }
}
