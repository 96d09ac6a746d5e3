package dev.newsline.enrich.tag.country;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchToken;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapitalizedRunTest {

    private static final MatchFormNormalizer NORMALIZER = new MatchFormNormalizer();

    private static List<String> runAfterFirstWord(String text, int maxWords, Set<String> joiners) {
        List<MatchToken> t = NORMALIZER.normalize(text).tokens();
        CapitalizedRun run = CapitalizedRun.after(text, t, 1, maxWords, joiners);
        return t.subList(run.from(), run.to()).stream().map(MatchToken::text).toList();
    }

    @Test
    void aNameRunsOverCapitalizedWordsUpToALowerCaseWord() {
        assertThat(runAfterFirstWord("Jamaica Water Supply Co said", 4, Set.of())).containsExactly("water", "supply", "co");
    }

    @Test
    void aNameHoldsItsJoinersButNoOtherLowerCaseWord() {
        assertThat(runAfterFirstWord("China Light and Power Co rose", 5, Set.of("and")))
                .containsExactly("light", "and", "power", "co");
        assertThat(runAfterFirstWord("China Light and Power Co rose", 5, Set.of())).containsExactly("light");
    }

    @Test
    void aNameStopsAtPunctuationAndAtItsLength() {
        assertThat(runAfterFirstWord("Canada, Mexico and Peru", 4, Set.of("and"))).isEmpty();
        assertThat(runAfterFirstWord("Penang Island City Council Hall Board", 3, Set.of()))
                .containsExactly("island", "city", "council");
    }
}
