package dev.newsline.ingest.parse.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.ingest.limit.StepBudget;
import dev.newsline.ingest.model.Attribution;
import dev.newsline.ingest.parse.text.MarkerFile;
import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The attribution patterns: what they find, that they run in linear time, and the budget behind them. */
class AttributionFinderTest {

    private static final MarkerFile FILE = MarkerFile.load("/dev/newsline/ingest/parse/attribution.txt");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The dateline pattern as it was: words and separators that both take commas, so a comma run splits every way. */
    private static final Pattern OLD_DATELINE = Pattern.compile(
            "(?-i)^(?:(?!\\p{Ll})[^\\s()\\n:]+[\\s,]+){1,5}\\((?<outlet>\\p{L}[^()\\n]{1,39})\\)\\s*[-–—]", FLAGS);

    private final AttributionFinder finder = new AttributionFinder(FILE);

    private static Pattern dateline() {
        return FILE.section("attribution").stream().filter(p -> p.startsWith("(?-i)^"))
                .map(p -> Pattern.compile(p, FLAGS)).findFirst().orElseThrow();
    }

    private Attribution find(String lead) {
        return finder.find(List.of(lead), StepBudget.forText(lead.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LONDON (Reuters) - Oil fell.", "MOSCOW, March 1 (AFP) — Talks began.",
        "موسكو (سبوتنيك) - بدأت المحادثات", "NEW YORK,(AP) - Stocks rose.", ",,,(AFP) - x", "X ,march 2 (dpa) - y"})
    void datelinesStillCreditTheirAgency(String lead) {
        Matcher old = OLD_DATELINE.matcher(lead);
        assertThat(old.find()).isTrue();
        assertThat(find(lead)).isEqualTo(new Attribution(old.group("outlet"), null));
    }

    @Test
    void theDatelineAcceptsExactlyWhatTheOldPatternAccepted() {
        Pattern dateline = dateline();
        String[] pieces = {"A", "a", "1", ",", ",", " ", "  ", "(", ")", ":", "-", "\n", "Ab", "(AFP) -", "(x) —"};
        SplittableRandom random = new SplittableRandom(3);
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(1, 9); k > 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = s.toString();
            Matcher before = OLD_DATELINE.matcher(text);
            Matcher now = dateline.matcher(text);
            boolean found = before.find();
            assertThat(now.find()).as("match of %s", text.replace("\n", "\\n")).isEqualTo(found);
            if (found) {
                assertThat(now.group()).isEqualTo(before.group());
                assertThat(now.group("outlet")).isEqualTo(before.group("outlet"));
                matched++;
            }
        }
        assertThat(matched).as("the comparison must include matches").isGreaterThan(1000);
    }

    /** Leads built to make a backtracking pattern try every split: runs of commas, spaces, words and names. */
    private static List<String> hostileHeads(int length) {
        List<String> heads = new ArrayList<>();
        for (String unit : List.of(",", ", ", " ,", "A,", "A ,", "Ab, ", "a", "A", " ", "(", ")", ":", "-", "'", "x'y ",
                "،", "آ", "آب ", "به ", "از ", "و ", "ل", "according ", "según ", "как ", "Anadolu'nın ")) {
            for (String opening : List.of("", "LONDON", "به گزارش ", "به نقل از ", "According to ", "وفقا ل", "wie ",
                    "Как сообщает ", "Anadolu Ajansı")) {
                String run = unit.repeat(length / unit.length() + 1);
                heads.add((opening + run).substring(0, length));
            }
        }
        return heads;
    }

    @Test
    void everyPatternReadsAHeadInStepsLinearInItsLength() {
        for (String pattern : FILE.section("attribution")) {
            Pattern p = Pattern.compile(pattern.replace("{name}", AttributionFinder.NAME), FLAGS);
            for (int i = 0; i < hostileHeads(150).size(); i++) {
                long half = steps(p, hostileHeads(150).get(i));
                long full = steps(p, hostileHeads(AttributionFinder.HEAD_CHARS).get(i));
                assertThat(full).as("%s on %s", pattern, hostileHeads(40).get(i))
                        .isLessThanOrEqualTo(40L * AttributionFinder.HEAD_CHARS)
                        .isLessThanOrEqualTo(3 * half + 100);
            }
        }
    }

    private static long steps(Pattern p, String head) {
        StepBudget budget = new StepBudget(Long.MAX_VALUE);
        budget.matcher(p, head, "test").find();
        return budget.used();
    }

    @Test
    void theOldDatelineOnACommaRunIsStoppedByTheBudgetNotByTime() {
        String lead = "A" + ",".repeat(40) + "x";
        StepBudget budget = StepBudget.forText(lead.length());
        assertThatThrownBy(() -> budget.matcher(OLD_DATELINE, lead, "attribution").find())
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.rejection().reason()).isEqualTo(RejectReason.TOO_COMPLEX));
        assertThat(budget.used()).isEqualTo(budget.limit() + 1);
        assertThat(steps(dateline(), lead)).isLessThan(200);
    }

    @Test
    void aLeadOfThousandsOfCommasIsReadInAFewSteps() {
        String lead = "LONDON" + ",".repeat(5000) + " (Reuters) - text";
        StepBudget budget = StepBudget.forText(lead.length());
        assertThat(finder.find(List.of(lead, lead, lead), budget)).isNull();
        assertThat(budget.used()).isLessThan(20L * 3 * AttributionFinder.HEAD_CHARS);
    }
}
