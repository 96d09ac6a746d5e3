package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SimilaritySketchTest {

    private static final MinHasher HASHER = new MinHasher(384);

    private static SimilaritySketch sketch(long from, long to) {
        long[] set = LongStream.range(from, to).map(Mix::fmix64).sorted().toArray();
        return SimilaritySketch.of(HASHER.signature(set), set.length);
    }

    @Test
    void identicalSetsAreEstimatedOne() {
        assertThat(sketch(0, 2000).jaccard(sketch(0, 2000))).isEqualTo(1.0);
    }

    @Test
    void estimatesJaccardOfOverlappingSetsWithinTheSketchNoise() {
        // [0, 3000) vs [1000, 4000): 2000 shared of 4000 → J = 0.5; spread of 384 × 2-bit values ≈ 0.035
        assertThat(sketch(0, 3000).jaccard(sketch(1000, 4000))).isCloseTo(0.5, within(0.12));
        // [0, 2000) vs [1500, 3500): 500 of 3500 → J ≈ 0.14
        assertThat(sketch(0, 2000).jaccard(sketch(1500, 3500))).isCloseTo(500.0 / 3500, within(0.12));
    }

    @Test
    void disjointSetsAreEstimatedNearZeroNotAtTheCollisionRate() {
        // unrelated minima agree on 2 low bits a quarter of the time; the estimator takes that out
        assertThat(sketch(0, 2000).jaccard(sketch(10_000, 12_000))).isLessThan(0.12);
    }

    @Test
    void aShortenedCopyIsHighlyContainedThoughItsJaccardIsLow() {
        SimilaritySketch full = sketch(0, 4000);
        SimilaritySketch shortened = sketch(0, 1600); // a copy cut to 40 %: J = 0.4, containment 1.0
        double j = shortened.jaccard(full);
        assertThat(j).isCloseTo(0.4, within(0.12));
        assertThat(shortened.containment(full, j)).isGreaterThan(0.85);
        assertThat(sketch(0, 2000).containment(sketch(1000, 3000), 1.0 / 3)).isCloseTo(0.5, within(0.001));
    }

    @Test
    void survivesTheBinaryFormOfTheIndex() {
        SimilaritySketch s = sketch(0, 2500);
        OrderKey k = new OrderKey(1L, "url:abc", 7L, 9L, s);
        assertThat(OrderKeySerde.read(OrderKeySerde.write(k))).isEqualTo(k);
        assertThat(OrderKeySerde.read(OrderKeySerde.write(new OrderKey(1L, "id", 2L, 3L))).sketch()).isNull();
        ByteBuffer b = ByteBuffer.allocate(s.size());
        s.writeTo(b);
        assertThat(s.size()).isEqualTo(2 + 2 + 96);
        assertThat(Arrays.copyOfRange(b.array(), 4, 100)).isEqualTo(s.bits());
    }
}
