package dev.newsline.enrich.tag.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryEvalScoreTest {

    @Test
    void countsForbiddenTagsAmongAllTagsAndMissingPrimariesOnlyWhereAReaderFoundOne() {
        CountryEvalScore s = new CountryEvalScore();
        // right primary, plus a forbidden country emitted as a non-primary tag
        s.add(Set.of("SA"), Set.of("YE"), Set.of("SA"), Set.of("SA", "YE"));
        // reader found a country, tagger gave no primary
        s.add(Set.of("IR"), Set.of(), Set.of(), Set.of("IQ"));
        // reader found none (an essay), tagger invented one
        s.add(Set.of(), Set.of("MA"), Set.of("MA"), Set.of("MA"));

        assertThat(s.primary.tp).isEqualTo(1);
        assertThat(s.primary.fp).isEqualTo(1);
        assertThat(s.primary.fn).isEqualTo(1);
        assertThat(s.forbiddenTags).isEqualTo(2);
        assertThat(s.withGold).isEqualTo(2);
        assertThat(s.noPrimaryShare()).isEqualTo(0.5);
        assertThat(s.row("xx")).startsWith("| xx | 3 | 0.500 | 0.500 | 0.500 | 2 | 1/2 = 50.0 % |");
    }
}
