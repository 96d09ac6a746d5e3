package dev.newsline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The benchmark's metric, on texts small enough to count by hand. */
class ShingleScoreTest {

    @Test
    void identicalTextsScoreOneAndAreExact() {
        ShingleScore s = ShingleScore.of("one two three four five", "one, two; three four\n\nfive");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.exact()).isTrue();
    }

    @Test
    void extraTextCostsPrecisionAndMissingTextCostsRecall() {
        // expected shingles: (a b c d), (b c d e); predicted adds (c d e f): tp 2, fp 1, fn 0
        ShingleScore extra = ShingleScore.of("a b c d e", "a b c d e f");
        assertThat(extra.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(extra.recall()).isEqualTo(1.0);
        assertThat(extra.exact()).isFalse();

        ShingleScore missing = ShingleScore.of("a b c d e f", "a b c d e");
        assertThat(missing.precision()).isEqualTo(1.0);
        assertThat(missing.recall()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void nothingPredictedScoresZeroAndNothingOnEitherSideScoresOne() {
        assertThat(ShingleScore.of("a b c d e", "").precision()).isZero();
        assertThat(ShingleScore.of("a b c d e", "").recall()).isZero();
        assertThat(ShingleScore.of("", "").precision()).isEqualTo(1.0);
    }

    @Test
    void tokensAreWordCharacterRunsInAnyScript() {
        assertThat(ShingleScore.tokens("Bonjour, l'été — مرحبا_1 ١٢!")).containsExactly("Bonjour", "l", "été",
                "مرحبا_1", "١٢");
    }
}
