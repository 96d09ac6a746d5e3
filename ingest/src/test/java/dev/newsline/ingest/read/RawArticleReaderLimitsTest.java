package dev.newsline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.ingest.limit.InputLimits;
import dev.newsline.ingest.limit.StepBudget;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every limit of {@link InputLimits} as the reader applies it: a rejection with a reason, or a documented cut. */
class RawArticleReaderLimitsTest {

    private static final Origin ORIGIN = new Origin("news.raw", 0, 0, 0L);
    private static final String BODY = "The body of the story, long enough to be one.";

    private StepBudget last;
    private final RawArticleReader reader = new RawArticleReader(512 * 1024, chars -> last = StepBudget.forText(chars));

    private ParsedArticle read(String text, Map<String, String> headers) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), headers, ORIGIN);
    }

    private static String json(String field, String value) {
        return "{\"title\": \"T\", \"" + field + "\": \"" + value + "\", \"body\": \"" + BODY + "\"}";
    }

    private void assertRejected(String text, Map<String, String> headers, RejectReason reason, String... message) {
        assertThatThrownBy(() -> read(text, headers)).isInstanceOfSatisfying(InputRejectedException.class, e -> {
            assertThat(e.rejection().reason()).isEqualTo(reason);
            assertThat(e.rejection().message()).contains(message);
        });
    }

    @Test
    void anIdOf40000CharsIsTooLongOneOf512IsAnId() {
        assertRejected(json("id", "i".repeat(40_000)), Map.of(), RejectReason.FIELD_TOO_LONG, "JSON \"id\"", "40000");
        assertThat(read(json("id", "i".repeat(InputLimits.MAX_ID_CHARS)), Map.of()).suppliedId())
                .hasSize(InputLimits.MAX_ID_CHARS);
    }

    @Test
    void urlsSourcesAndTitlesHaveTheirLimits() {
        assertRejected(json("url", "u".repeat(InputLimits.MAX_URL_CHARS + 1)), Map.of(), RejectReason.FIELD_TOO_LONG,
                "JSON \"url\"");
        assertRejected(json("source", "s".repeat(InputLimits.MAX_SOURCE_CHARS + 1)), Map.of(),
                RejectReason.FIELD_TOO_LONG, "JSON \"source\"");
        assertRejected(json("title", "t".repeat(InputLimits.MAX_TITLE_CHARS + 1)), Map.of(),
                RejectReason.FIELD_TOO_LONG, "title has 1001");
        assertRejected("w".repeat(InputLimits.MAX_TITLE_CHARS + 1) + "\n\n" + BODY, Map.of(),
                RejectReason.FIELD_TOO_LONG, "title");
        assertRejected("Title\n\n" + BODY, Map.of("url", "u".repeat(InputLimits.MAX_URL_CHARS + 1)),
                RejectReason.FIELD_TOO_LONG, "\"url\"", "4097");
        assertThat(read("t".repeat(InputLimits.MAX_TITLE_CHARS) + "\n\n" + BODY, Map.of()).title())
                .hasSize(InputLimits.MAX_TITLE_CHARS);
    }

    @Test
    void headersAreCheckedBeforeTheBytesAreRead() {
        assertRejected("Title\n\n" + BODY, Map.of("x", "v".repeat(InputLimits.MAX_HEADER_VALUE_CHARS + 1)),
                RejectReason.FIELD_TOO_LONG, "header \"x\"");
    }

    @Test
    void deepJsonIsTooComplexAndShallowJsonIsAnArticle() {
        String deep = "{\"title\": \"T\", \"body\": \"" + BODY + "\", \"x\": " + "[".repeat(10_000)
                + "]".repeat(10_000) + "}";
        assertRejected(deep, Map.of(), RejectReason.TOO_COMPLEX, "nesting depth");
        int fits = InputLimits.MAX_JSON_DEPTH - 1;
        String shallow = "{\"title\": \"T\", \"body\": \"" + BODY + "\", \"x\": " + "[".repeat(fits)
                + "]".repeat(fits) + "}";
        assertThat(read(shallow, Map.of()).body()).isEqualTo(BODY);
    }

    @Test
    void longNumbersAndManyTokensAreTooComplex() {
        String article = "{\"title\": \"T\", \"body\": \"" + BODY + "\", \"n\": ";
        assertRejected(article + "1" + "0".repeat(InputLimits.MAX_JSON_NUMBER_CHARS) + "}", Map.of(),
                RejectReason.TOO_COMPLEX, "Number value length");
        assertRejected(article + "[" + "0,".repeat((int) InputLimits.MAX_JSON_TOKENS) + "0]}", Map.of(),
                RejectReason.TOO_COMPLEX, "Token count");
    }

    @Test
    void anOverlongLanguageHintOrTimestampIsIgnoredNotTheArticle() {
        ParsedArticle a = read("{\"title\": \"T\", \"body\": \"" + BODY + "\", \"language\": \"en-" + "x".repeat(40)
                + "\", \"published_at\": \"2024-03-01" + "0".repeat(100_000) + "\"}", Map.of());
        assertThat(a.languageHint()).isNull();
        assertThat(a.publishedAt()).isNull();
        assertThat(read(json("language", "fa-IR"), Map.of()).languageHint()).isEqualTo("fa-IR");
    }

    @Test
    void keywordAndSourceLinesKeepTheFirstOnesUpToTheirCaps() {
        StringBuilder text = new StringBuilder("Title\n\n" + BODY + "\n");
        for (int i = 0; i < 300; i++) {
            text.append("Tags: k").append(i).append(", j").append(i).append('\n');
            text.append("Source: s").append(i).append('\n');
        }
        ParsedArticle a = read(text.toString(), Map.of());
        assertThat(a.text().keywords()).hasSize(InputLimits.MAX_KEYWORDS).startsWith("k0", "j0", "k1");
        assertThat(a.sources()).hasSize(InputLimits.MAX_SOURCES).startsWith("s0", "s1");
        assertThat(a.body()).isEqualTo(BODY);
    }

    @Test
    void aDatelineOfThousandsOfCommasIsReadInStepsThatDoNotGrowWithTheRun() {
        assertThat(read("Title\n\nLONDON" + ",".repeat(33) + " (Reuters) - " + BODY, Map.of()).text().attribution())
                .isNotNull(); // took 4 s before the dateline pattern was made linear
        long[] steps = new long[3];
        int[] commas = {300, 30_000, 300_000};
        for (int i = 0; i < commas.length; i++) {
            ParsedArticle a = read("Title\n\nLONDON" + ",".repeat(commas[i]) + " (Reuters) - " + BODY, Map.of());
            assertThat(a.text().attribution()).isNull(); // the agency is past the head the patterns read
            steps[i] = last.used();
        }
        assertThat(steps[0]).isLessThan(2_000).isEqualTo(steps[1]).isEqualTo(steps[2]);
    }
}
