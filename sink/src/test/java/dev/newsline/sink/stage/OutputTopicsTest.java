package dev.newsline.sink.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.topology.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What routing may write to grows while the stream runs, and only by what was admitted. */
class OutputTopicsTest {

    private static final String ARMENIA = Topics.country("AM");
    private static final String CHILE = Topics.country("CL");
    private static final String SPORT = Topics.topic("sport");

    @Test
    void topicsAdmittedLaterBecomeRoutableWithTheirLimits() {
        OutputTopics topics = OutputTopics.of(Set.of(ARMENIA), Map.of());
        assertThat(topics.unroutable(List.of(ARMENIA, CHILE, SPORT))).containsExactly(CHILE, SPORT);
        assertThat(topics.routable(CHILE)).isFalse();

        topics.admit(Set.of(CHILE), Map.of(CHILE, 100_000));

        assertThat(topics.routable(CHILE)).isTrue();
        assertThat(topics.routable(ARMENIA)).isTrue();
        assertThat(topics.unroutable(List.of(ARMENIA, CHILE, SPORT))).containsExactly(SPORT);
        assertThat(topics.maxValueBytes(CHILE)).isLessThan(100_000);
        assertThat(topics.maxValueBytes(ARMENIA)).isGreaterThan(100_000);
    }

    @Test
    void assumingEveryTopicLeavesNothingToLookFor() {
        OutputTopics topics = OutputTopics.assumeAll();
        assertThat(topics.unroutable(List.of(ARMENIA, SPORT))).isEmpty();
        topics.admit(Set.of(ARMENIA), Map.of(ARMENIA, 1000));
        assertThat(topics.routable(CHILE)).isTrue();
    }
}
