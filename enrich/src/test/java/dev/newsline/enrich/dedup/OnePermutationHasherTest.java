package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OnePermutationHasherTest {

    private static final OnePermutationHasher HASHER = new OnePermutationHasher(384);

    /** Two sets of {@code size} shingles sharing {@code shared} of them; Jaccard = shared / (2·size − shared). */
    private static long[][] pair(int size, int shared, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        long[] common = LongStream.generate(r::nextLong).limit(shared).toArray();
        long[] a = LongStream.concat(Arrays.stream(common), LongStream.generate(r::nextLong).limit(size - shared)).toArray();
        long[] b = LongStream.concat(Arrays.stream(common), LongStream.generate(r::nextLong).limit(size - shared)).toArray();
        return new long[][] {a, b};
    }

    @Test
    void equalPositionsEstimateTheJaccardSimilarityForLongAndShortTexts() {
        for (int size : new int[] {30, 300, 3000}) {
            for (double j : new double[] {0.0, 0.3, 0.5, 0.8, 1.0}) {
                int shared = (int) Math.round(2 * size * j / (1 + j));
                double truth = (double) shared / (2 * size - shared);
                double sum = 0;
                int trials = 20;
                for (int t = 0; t < trials; t++) {
                    long[][] p = pair(size, shared, 31L * size + t);
                    sum += MinHasher.similarity(HASHER.signature(p[0]), HASHER.signature(p[1]));
                }
                assertThat(sum / trials).as("size %d, J %.3f", size, truth).isCloseTo(truth, within(0.05));
            }
        }
    }

    @Test
    void everyPositionIsFilledEvenWhenMostBinsGetNoShingle() {
        int[] sig = HASHER.signature(new long[] {1, 2, 3});
        assertThat(sig).hasSize(384).doesNotContain(-1, Integer.MAX_VALUE);
        assertThat(Arrays.stream(sig).distinct().count()).isLessThanOrEqualTo(3);
    }

    @Test
    void theSameSetGivesTheSameSignatureAndNoShinglesGiveTheEmptyOne() {
        long[] s = pair(500, 0, 7)[0];
        assertThat(HASHER.signature(s)).isEqualTo(HASHER.signature(s.clone()));
        assertThat(HASHER.signature(new long[0])).containsOnly(Integer.MAX_VALUE);
    }
}
