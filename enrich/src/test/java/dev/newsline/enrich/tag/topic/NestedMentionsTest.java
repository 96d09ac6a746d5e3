package dev.newsline.enrich.tag.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NestedMentionsTest {

    /** The rule as it was first written: keep a mention unless a kept one of its field contains it. */
    private static boolean[] byComparingWithEveryKeptOne(List<Mention> longestFirst) {
        boolean[] inside = new boolean[longestFirst.size()];
        List<Mention> kept = new ArrayList<>();
        for (int i = 0; i < longestFirst.size(); i++) {
            Mention m = longestFirst.get(i);
            inside[i] = kept.stream().anyMatch(k -> k.field().equals(m.field()) && k.start() <= m.start()
                    && m.end() <= k.end());
            if (!inside[i]) {
                kept.add(m);
            }
        }
        return inside;
    }

    @Test
    void keepsExactlyTheMentionsThatComparingWithEveryKeptOneKeeps() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 3000; round++) {
            List<Mention> mentions = new ArrayList<>();
            for (int n = random.nextInt(0, 25); n > 0; n--) {
                int start = random.nextInt(0, 30);
                int end = start + random.nextInt(1, 10);
                mentions.add(new Mention("m", start, end, random.nextBoolean() ? "title" : "body"));
            }
            mentions.sort(Comparator.comparingInt((Mention m) -> m.start() - m.end()));
            assertThat(NestedMentions.insideAnother(mentions)).as("%s", mentions)
                    .isEqualTo(byComparingWithEveryKeptOne(mentions));
        }
    }

    @Test
    void aHundredThousandRepeatsOfOneSpanLeaveOne() {
        List<Mention> same = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            same.add(new Mention("war", 10, 13, "body"));
        }
        boolean[] inside = NestedMentions.insideAnother(same);
        assertThat(inside[0]).isFalse();
        for (int i = 1; i < inside.length; i++) {
            assertThat(inside[i]).isTrue();
        }
    }
}
