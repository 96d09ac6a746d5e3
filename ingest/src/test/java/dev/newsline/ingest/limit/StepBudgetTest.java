package dev.newsline.ingest.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StepBudgetTest {

    @Test
    void everyCharacterAPatternReadsIsOneStep() {
        StepBudget budget = new StepBudget(1_000);
        assertThat(budget.matcher(Pattern.compile("c"), "abc", "test").find()).isTrue();
        assertThat(budget.used()).isEqualTo(3);
        assertThat(Pattern.compile(",").split(budget.meter("a,b", "test"))).containsExactly("a", "b");
        assertThat(budget.used()).isEqualTo(6);
    }

    @Test
    void pastTheLimitTheRecordIsTooComplexAndTheMessageNamesTheStep() {
        StepBudget budget = new StepBudget(10);
        assertThatThrownBy(() -> budget.matcher(Pattern.compile("(a|aa)+b"), "a".repeat(30), "dateline").matches())
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.rejection().reason()).isEqualTo(RejectReason.TOO_COMPLEX);
                    assertThat(e.rejection().message()).contains("dateline", "10 pattern steps").doesNotContain("\n");
                });
        assertThat(budget.used()).isEqualTo(11);
    }

    @Test
    void aRecordMayTakeABaseAndAFewStepsPerChar() {
        assertThat(StepBudget.forText(0).limit()).isEqualTo(InputLimits.PATTERN_STEPS_BASE);
        assertThat(StepBudget.forText(1000).limit())
                .isEqualTo(InputLimits.PATTERN_STEPS_BASE + 1000 * InputLimits.PATTERN_STEPS_PER_CHAR);
    }
}
